using K8sShop.Billing.Data;
using K8sShop.Billing.Discounts;
using K8sShop.Billing.Inventory;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Testing;
using K8sShop.Users;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>
/// Billing on real Kestrel with its own MariaDB database and RabbitMQ virtual host, beside the real users
/// service as token issuer (on a SQLite file): customers sign in through the login page, and billing gets
/// its client-credentials token for inventory and discounts, which are <see cref="StubbedNeighbours"/>.
/// One per test class (xunit class fixture).
/// </summary>
public sealed class BillingApp : IAsyncLifetime
{
    public const string CustomerPassword = "Customer-pass-1";
    public const string SupportPassword = "Support-pass-1";
    public const string AdminPassword = "Admin-pass-1";
    public const string BillingSecret = "billing-test-secret-123";

    private readonly TestDatabase _database = new();
    private readonly TestVirtualHost _vhost = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("k8sshop-billing-");
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public Uri RedirectUri => new(Address, "auth/callback");

    public StubbedNeighbours Neighbours { get; } = new();

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_database.InitializeAsync(), _vhost.InitializeAsync());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var authority = Address.ToString().TrimEnd('/');
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:billing"] = _database.ConnectionString,
            ["ConnectionStrings:users"] = $"Data Source={Path.Combine(_folder.FullName, "users.db")};Pooling=false",
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Database:MigrateOnStartup"] = "true",
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = Path.Combine(_folder.FullName, "keys"),
            ["Identity:DemoPasswords:customer"] = CustomerPassword,
            ["Identity:DemoPasswords:support"] = SupportPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:billing:Secret"] = BillingSecret,
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
            ["Services:inventory:http:0"] = "http://inventory.stub",
            ["Services:discounts:http:0"] = "http://discounts.stub",
        });
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddBilling();
        builder.Services.AddHttpClient(InventoryClient.Name).ConfigurePrimaryHttpMessageHandler(Neighbours.NewHandler);
        builder.Services.AddHttpClient(DiscountsClient.Name).ConfigurePrimaryHttpMessageHandler(Neighbours.NewHandler);
        builder.AddMessageConsumer<SagaAnswers>();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapBilling();
        await _app.StartAsync();
        await _app.WaitUntilReadyAsync(); // tests publish at once, and the bus binds its queues after start-up

        // Demo accounts are seeded in the background; tests sign in with them.
        var seeded = await Eventually.ReachesAsync(
            async () =>
            {
                await using var scope = Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<K8sShop.Users.Data.UsersDbContext>()
                    .Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().CountAsync();
            },
            count => count >= 3,
            TimeSpan.FromSeconds(60));
        Assert.True(seeded >= 3, "demo accounts were not seeded within 60 s");
    }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public Task PublishAsync<T>(T message)
        where T : class => Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Runs <paramref name="query"/> against billing's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<BillingDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BillingDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _vhost.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
