using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace K8sShop.Host;

/// <summary>Says where the shop is once it listens, so <c>make run</c> ends with a link to click.</summary>
internal sealed partial class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? EmbeddedDefaults.DefaultUrl;
            LogReady(logger, address);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "K8sShop is running at {Url} (Ctrl-C stops it; data stays in the data folder)")]
    private static partial void LogReady(ILogger logger, string url);
}
