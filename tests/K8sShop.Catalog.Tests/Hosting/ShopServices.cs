using K8sShop.Inventory;
using K8sShop.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>
/// Inventory (and, when asked, stockcheck) in one real Kestrel process on a free port, composed exactly
/// as the services' own Program files compose them.
/// </summary>
public sealed class ShopServices : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ShopServices(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ShopServices> StartAsync(
        IDictionary<string, string?> settings,
        Action<WebApplicationBuilder>? addMore = null,
        Action<WebApplication>? mapMore = null,
        string environment = "Testing")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = K8sShop.Testing.ShopProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        var defaults = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Services:inventory:http:0"] = address.ToString().TrimEnd('/'),
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(defaults);
        builder.AddServiceDefaults();
        builder.AddInventory();
        addMore?.Invoke(builder);
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapInventory();
        mapMore?.Invoke(app);
        await app.StartAsync();
        _ = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return new ShopServices(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
