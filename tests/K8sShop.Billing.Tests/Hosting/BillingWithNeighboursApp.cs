using K8sShop.Discounts;
using K8sShop.Inventory;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>
/// Billing with the real neighbours it prices with: inventory (the catalog and stock lookup), stockcheck (which
/// snapshots the reserved lines) and discounts, plus users as the token issuer, in one Kestrel host as the embedded
/// mode composes them, each service with its own MariaDB database, all on one RabbitMQ virtual host. Billing and
/// stockcheck call inventory and discounts over HTTP with their own client-credentials tokens.
/// </summary>
public sealed class BillingWithNeighboursApp : IAsyncLifetime
{
    public const string AdminPassword = "Admin-pass-1";

    private static readonly string[] ServiceNames = ["users", "billing", "inventory", "stockcheck", "discounts"];
    private readonly Dictionary<string, TestDatabase> _databases = ServiceNames.ToDictionary(s => s, _ => new TestDatabase());
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-billing-keys-").FullName;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public Uri RedirectUri => new(Address, "auth/callback");

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_databases.Values.Select(d => d.InitializeAsync()).Append(_vhost.InitializeAsync()));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var self = Address.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Database:MigrateOnStartup"] = "true",
            ["Identity:Authority"] = self,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:billing:Secret"] = "neighbours-billing-secret",
            ["Identity:Clients:stockcheck:Secret"] = "neighbours-stockcheck-secret",
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
        };
        foreach (var (service, database) in _databases)
        {
            settings[$"ConnectionStrings:{service}"] = database.ConnectionString;
            settings[$"Services:{service}:http:0"] = self;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddInventory();
        builder.AddStockcheck();
        builder.AddDiscounts();
        builder.AddBilling();
        builder.AddMessageConsumer<SagaAnswers>();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapInventory();
        _app.MapStockcheck();
        _app.MapDiscounts();
        _app.MapBilling();
        await _app.StartAsync();
        await _app.WaitUntilReadyAsync(); // tests publish at once, and the bus binds its queues after start-up
    }

    /// <summary>The demo admin's access token (the account is seeded in the background after start-up).</summary>
    public async Task<string> AdminTokenAsync()
    {
        using var signIn = new ShopSignIn(Address, RedirectUri);
        return await signIn.DemoAccessTokenAsync(K8sShop.Users.Accounts.AccountSeeder.DemoEmail("admin"), AdminPassword, TimeSpan.FromSeconds(90));
    }

    public HttpClient NewClient(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    public Task PublishAsync<T>(T message)
        where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _vhost.DisposeAsync();
        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_keys, recursive: true);
    }
}
