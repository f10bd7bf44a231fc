using Microsoft.Extensions.Hosting;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>
/// A started host that is stopped before it is disposed, even when a test fails: a bus left running
/// on a disposed container would keep taking messages from the shared queue and fault them.
/// </summary>
public sealed class RunningHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
