using Microsoft.AspNetCore.Builder;

namespace K8sShop.Testing;

/// <summary>Waits for an in-process test host to be ready, as Kubernetes waits for a pod.</summary>
public static class HostReadiness
{
    /// <summary>
    /// Waits until the started <paramref name="app"/> answers <c>/healthz/ready</c> (its databases and the bus):
    /// the bus binds its queues after <c>StartAsync</c> returns, and a message published before then finds no
    /// queue and is lost, which a loaded machine makes visible.
    /// </summary>
    public static async Task WaitUntilReadyAsync(this WebApplication app, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Urls.FirstOrDefault() ?? throw new InvalidOperationException("The host is not listening; start it first.");
        var patience = within ?? TimeSpan.FromSeconds(90);
        using var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + patience;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri("healthz/ready", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{address} not ready after {patience.TotalSeconds:0} s: {last}");
    }
}
