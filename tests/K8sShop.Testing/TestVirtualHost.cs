using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Xunit;

namespace K8sShop.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class: its exchanges and queues are invisible to
/// other classes, so suites run in parallel. Deleted when the class finishes.
/// </summary>
public sealed class TestVirtualHost : IAsyncLifetime
{
    private HttpClient? _management;
    private TestServers? _servers;

    public string Name { get; } = $"k8sshop-test-{Guid.NewGuid():N}";

    /// <summary><c>amqp://user:password@host:port/vhost</c>, the form <c>ConnectionStrings:rabbitmq</c> takes.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _servers = await TestServers.GetAsync();
        _management = ManagementClient(_servers.RabbitMqManagement);
        var broker = _servers.RabbitMq;
        ConnectionString = $"amqp://{broker.UserInfo}@{broker.Host}:{broker.Port}/{Uri.EscapeDataString(Name)}";
        var user = Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);

        using var created = await WhileBrokerRestartsAsync(() => _management.PutAsync($"api/vhosts/{Uri.EscapeDataString(Name)}", JsonContent.Create(new { })));
        created.EnsureSuccessStatusCode();
        using var granted = await WhileBrokerRestartsAsync(() => _management.PutAsync(
            $"api/permissions/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(user)}",
            JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" })));
        granted.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Stops and starts the broker (its application, not the OS process): every connection drops and
    /// durable queues come back, as in a broker restart. Affects every class using the broker.
    /// </summary>
    public Task RestartBrokerAsync() => BrokerControl.RestartAsync(_servers!);

    /// <summary>
    /// The queues of this vhost holding messages (waiting or being handled), as the management API counts them.
    /// The API refreshes its counts every few seconds (<c>collect_statistics_interval</c>, 5 s by default).
    /// Error and skipped queues are left out: what lands there stays.
    /// </summary>
    public async Task<IReadOnlyList<string>> BusyQueuesAsync()
    {
        using var response = await WhileBrokerRestartsAsync(() => _management!.GetAsync($"api/queues/{Uri.EscapeDataString(Name)}?columns=name,messages"));
        response.EnsureSuccessStatusCode();
        var queues = await response.Content.ReadFromJsonAsync<List<QueueDepth>>();
        return queues!
            .Where(q => q.Messages > 0 && !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
            .Select(q => q.Name)
            .ToList();
    }

    public async Task DisposeAsync()
    {
        if (_management is not null)
        {
            using var _ = await WhileBrokerRestartsAsync(() => _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(Name)}"));
            _management.Dispose();
        }
    }

    /// <summary>
    /// Another suite may be restarting the shared broker (its restart test), which closes the
    /// management API for a few seconds: wait for it rather than fail an unrelated class.
    /// </summary>
    private static async Task<HttpResponseMessage> WhileBrokerRestartsAsync(Func<Task<HttpResponseMessage>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            try
            {
                var response = await call();
                if ((int)response.StatusCode < 500 || DateTime.UtcNow > deadline)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // management listener down while the broker restarts
            }

            await Task.Delay(500);
        }
    }

    private static HttpClient ManagementClient(Uri management)
    {
        var client = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority) + "/") };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo)));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }

    private sealed record QueueDepth(string Name, long? Messages);
}
