using System.Net.Http.Headers;
using K8sShop.Inventory;
using K8sShop.ServiceDefaults;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>
/// Inventory (and, when asked, stockcheck) in one real Kestrel process on a free port, composed exactly
/// as the services' own Program files compose them, beside the real users service as the token issuer
/// (as in the embedded host), so the tests call with real admin, customer and service tokens.
/// </summary>
public sealed class ShopServices : IAsyncDisposable
{
    public const string StockcheckSecret = "stockcheck-catalog-tests-secret";
    public const string AdminPassword = "Admin-catalog-1";
    public const string CustomerPassword = "Customer-catalog-1";

    private readonly WebApplication _app;
    private readonly string _identityFolder;

    private ShopServices(WebApplication app, Uri address, string identityFolder)
    {
        _app = app;
        _identityFolder = identityFolder;
        Address = address;
        Client = NewClient(null);
    }

    public Uri Address { get; }

    /// <summary>Anonymous, like a shopper's browser.</summary>
    public HttpClient Client { get; }

    /// <summary>Calls as the stockcheck service (client credentials), for inventory's internal stock API.</summary>
    public HttpClient ServiceClient { get; private set; } = null!;

    /// <summary>Calls as the demo admin.</summary>
    public HttpClient AdminClient { get; private set; } = null!;

    /// <summary>Calls as the demo customer.</summary>
    public HttpClient CustomerClient { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    public static async Task<ShopServices> StartAsync(
        IDictionary<string, string?> settings,
        Action<WebApplicationBuilder>? addMore = null,
        Action<WebApplication>? mapMore = null,
        string environment = "Testing")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = ShopProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var origin = address.ToString().TrimEnd('/');
        var identityFolder = Directory.CreateTempSubdirectory("k8sshop-catalog-issuer-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls(origin);
        var defaults = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Services:inventory:http:0"] = origin,
            ["ConnectionStrings:users"] = $"Data Source={Path.Combine(identityFolder, "users.db")}",
            ["Database:MigrateOnStartup"] = "true",
            ["Identity:Authority"] = origin,
            ["Identity:KeysFolder"] = Path.Combine(identityFolder, "keys"),
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:DemoPasswords:customer"] = CustomerPassword,
            ["Identity:Clients:stockcheck:Secret"] = StockcheckSecret,
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(defaults);
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddInventory();
        addMore?.Invoke(builder);
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapUsers();
        app.MapInventory();
        mapMore?.Invoke(app);
        await app.StartAsync();

        var shop = new ShopServices(app, address, identityFolder);
        // Production has no demo accounts, so there only the service signs in.
        await shop.SignInAsync(withDemoAccounts: environment != "Production");
        return shop;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        ServiceClient?.Dispose();
        AdminClient?.Dispose();
        CustomerClient?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_identityFolder, recursive: true);
    }

    private async Task SignInAsync(bool withDemoAccounts)
    {
        using var issuer = new ShopSignIn(Address, new Uri(Address, "auth/callback"));
        ServiceClient = NewClient(await issuer.ServiceTokenAsync("stockcheck", StockcheckSecret));
        if (!withDemoAccounts)
        {
            return;
        }

        AdminClient = NewClient(await issuer.DemoAccessTokenAsync("admin@demo.k8sshop.io", AdminPassword, TimeSpan.FromSeconds(60)));
        using var customerSession = new ShopSignIn(Address, new Uri(Address, "auth/callback"));
        // The seeder creates the demo accounts one after another (admin first): the customer may not exist yet.
        CustomerClient = NewClient(await customerSession.DemoAccessTokenAsync("customer@demo.k8sshop.io", CustomerPassword, TimeSpan.FromSeconds(60)));
    }

    private HttpClient NewClient(string? accessToken)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }
}
