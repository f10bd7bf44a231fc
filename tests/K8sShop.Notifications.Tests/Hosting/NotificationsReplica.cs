using K8sShop.ServiceDefaults;
using K8sShop.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>One more notifications process beside <see cref="NotificationsApp"/>, as the cluster runs two replicas.</summary>
public sealed class NotificationsReplica : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NotificationsReplica(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public Uri Hub => new(Address, "hubs/notifications");

    public static async Task<NotificationsReplica> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = new Uri($"http://127.0.0.1:{ShopProcess.FreePort()}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Key != "ConnectionStrings:users"));
        builder.AddServiceDefaults();
        builder.AddNotifications();
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapNotifications();
        await app.StartAsync();
        await app.WaitUntilReadyAsync();
        return new NotificationsReplica(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
