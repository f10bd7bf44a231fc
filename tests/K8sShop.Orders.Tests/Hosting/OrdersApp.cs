using System.Net.Http.Headers;
using K8sShop.Orders;
using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Testing;
using K8sShop.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>
/// The orders service on real Kestrel with its own MariaDB database and its own RabbitMQ vhost, and the
/// users service beside it as the token issuer (as in the embedded host), so tests call the API with real
/// access tokens. <see cref="SagaObserver"/> listens on the same bus for what orders publishes.
/// </summary>
public class OrdersApp : IAsyncLifetime
{
    public const string SupportPassword = "Support-pass-1";
    public const string AdminPassword = "Admin-pass-1";
    public const string OrdersSecret = "orders-test-secret-123";

    private readonly TestDatabase _users = new();
    private readonly TestDatabase _orders = new();
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-keys-").FullName;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public Uri RedirectUri => new(Address, "auth/callback");

    public IServiceProvider Services => _app!.Services;

    /// <summary>The orders database: its own MariaDB database unless a subclass picks another engine.</summary>
    protected virtual string OrdersConnectionString => _orders.ConnectionString;

    /// <summary>Where orders finds the users service's REST API (saved addresses): this same host unless a subclass moves it.</summary>
    protected virtual Uri UsersServiceAddress => Address;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_users.InitializeAsync(), _orders.InitializeAsync(), _vhost.InitializeAsync());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var authority = Address.ToString().TrimEnd('/');
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = _users.ConnectionString,
            ["ConnectionStrings:orders"] = OrdersConnectionString,
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:customer"] = "Customer-pass-1",
            ["Identity:DemoPasswords:support"] = SupportPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:orders:Secret"] = OrdersSecret,
            ["Services:users:http:0"] = UsersServiceAddress.ToString().TrimEnd('/'),
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["Identity:Clients:storefront:PostLogoutRedirectUris:0"] = authority + "/",
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:ResetPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
        });
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddOrders();
        builder.AddMessageConsumer<SagaObserver>();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapOrders();
        await _app.StartAsync();
        await WaitForDemoAccountsAsync();
    }

    public HttpClient NewClient(string? accessToken = null, System.Net.CookieContainer? cookies = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new System.Net.CookieContainer(), UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>Runs <paramref name="query"/> against the orders service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<OrdersDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _vhost.DisposeAsync();
        await _orders.DisposeAsync();
        await _users.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    private async Task WaitForDemoAccountsAsync()
    {
        // Demo accounts (support, admin) are seeded in the background; tests sign in with them.
        var seeded = await Eventually.ReachesAsync(
            async () =>
            {
                await using var scope = Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<K8sShop.Users.Data.UsersDbContext>();
                return await db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().CountAsync();
            },
            count => count >= 3,
            TimeSpan.FromSeconds(60));
        Assert.True(seeded >= 3, "demo accounts were not seeded within 60 s");
    }
}
