using K8sShop.Notifications.Storage;
using K8sShop.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// The storage port composed exactly as the service composes it (<c>AddNotificationStorage</c>), on the
/// engine a subclass's connection string names; starting the host migrates (EF) or creates indexes (Mongo).
/// </summary>
public abstract class StoreHost : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>False when the engine's server is not configured here; the contract tests are then skipped.</summary>
    public virtual bool Available => true;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{K8sShop.Testing.ShopProcess.FreePort()}");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:notifications"] = await ConnectionStringAsync(),
            ["Bus:Transport"] = "InMemory",
            ["Database:MigrateOnStartup"] = "true",
        });
        builder.AddServiceDefaults();
        builder.AddNotificationStorage(NotificationsService.Name);
        _app = builder.Build();
        await _app.StartAsync();
    }

    /// <summary>A fresh scope: the scoped EF store and the singleton Mongo store alike.</summary>
    public AsyncServiceScope Scope() => _app!.Services.CreateAsyncScope();

    protected abstract Task<string> ConnectionStringAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await CleanUpAsync();
    }

    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
