using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults;
using K8sShop.Testing;
using K8sShop.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Discounts.Tests.Hosting;

/// <summary>
/// Discounts on real Kestrel with its own MariaDB database and RabbitMQ virtual host, beside the real users
/// service as token issuer (as the embedded host composes them), so tests call with real customer, admin and
/// service (client-credentials, caller "billing") tokens. Shared by the API test classes; each test makes its own discounts.
/// </summary>
public sealed class DiscountsApp : IAsyncLifetime
{
    public const string CustomerPassword = "Customer-pass-1";
    public const string AdminPassword = "Admin-pass-1";
    public const string BillingSecret = "billing-test-secret-123";

    private readonly TestDatabase _users = new();
    private readonly TestDatabase _discounts = new();
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-discounts-keys-").FullName;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public Uri RedirectUri => new(Address, "auth/callback");

    public IServiceProvider Services => _app!.Services;

    public Callers Callers { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_users.InitializeAsync(), _discounts.InitializeAsync(), _vhost.InitializeAsync());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var authority = Address.ToString().TrimEnd('/');
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = _users.ConnectionString,
            ["ConnectionStrings:discounts"] = _discounts.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:customer"] = CustomerPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:billing:Secret"] = BillingSecret,
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
            ["Discounts:Seed"] = "true",
        });
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddDiscounts();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapDiscounts();
        await _app.StartAsync();
        Callers = await Callers.SignInAsync(this);
    }

    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(120),
        };

    /// <summary>Runs <paramref name="query"/> against the discounts service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<DiscountsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DiscountsDbContext>());
    }

    public Task<(int Used, int Reserved)> CountersAsync(Guid discountId) =>
        QueryAsync(async db => await db.Discounts.AsNoTracking().Where(d => d.Id == discountId).Select(d => new ValueTuple<int, int>(d.Used, d.Reserved)).SingleAsync());

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Task.WhenAll(_users.DisposeAsync(), _discounts.DisposeAsync(), _vhost.DisposeAsync());
        Directory.Delete(_keys, recursive: true);
    }
}
