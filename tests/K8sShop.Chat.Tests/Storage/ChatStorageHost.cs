using K8sShop.Chat.Conversations;
using K8sShop.Chat.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>
/// The chat storage as the service registers it for a connection string: adapter chosen by the
/// string, schema migrated (EF Core) or indexes created (MongoDB) by the started host.
/// </summary>
public sealed class ChatStorageHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ChatStorageHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<ChatStorageHost> StartAsync(string connectionString, FakeTimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:chat"] = connectionString,
            ["Bus:Transport"] = "InMemory",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddChatStorage("chat");
        var host = builder.Build();
        await host.StartAsync();
        return new ChatStorageHost(host);
    }

    /// <summary>Runs <paramref name="work"/> with a store of its own scope, as one hub call or request would.</summary>
    public async Task<T> WithStoreAsync<T>(Func<IChatStore, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IChatStore>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
