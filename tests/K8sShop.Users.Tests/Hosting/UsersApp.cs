using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using K8sShop.Users.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>
/// The users service on real Kestrel, its own MariaDB database, the in-memory bus, and itself as the
/// token issuer (as in the embedded host). A probe service beside it has one endpoint per policy,
/// so tests can check what each kind of token may call.
/// </summary>
public class UsersApp : IAsyncLifetime
{
    public const string CustomerPassword = "Customer-pass-1";
    public const string SupportPassword = "Support-pass-1";
    public const string AdminPassword = "Admin-pass-1";
    public const string ServiceSecret = "stockcheck-test-secret-123";

    /// <summary>A third party's app (public client) that needs the account holder's consent.</summary>
    public const string PartnerClient = "partner";
    public const string PartnerName = "Partner Reviews";
    public static readonly Uri PartnerRedirectUri = new("https://partner.example/callback");

    private readonly TestDatabase _database = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-keys-").FullName;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public Uri RedirectUri => new(Address, "auth/callback");

    /// <summary>The service's database, for a second replica on the same one.</summary>
    public string ConnectionString => _database.ConnectionString;

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _app!.Services;

    /// <summary>Extra configuration for a fixture (rate limits).</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var authority = Address.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = _database.ConnectionString,
            ["Bus:Transport"] = "InMemory",
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:customer"] = CustomerPassword,
            ["Identity:DemoPasswords:support"] = SupportPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:stockcheck:Secret"] = ServiceSecret,
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["Identity:Clients:storefront:PostLogoutRedirectUris:0"] = authority + "/",
            ["Identity:Clients:partner:DisplayName"] = PartnerName,
            ["Identity:Clients:partner:RequireConsent"] = "true",
            ["Identity:Clients:partner:RedirectUris:0"] = PartnerRedirectUri.ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:ResetPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddServiceApiDocument("probe");
        Compose(builder);
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        MapMore(_app);
        var probe = _app.MapServiceApi("probe");
        foreach (var policy in ShopPolicies.All)
        {
            probe.MapGet($"/{policy.ToLowerInvariant()}", (HttpContext http) => http.User.FindFirst(ShopClaims.Subject)?.Value).RequireAuthorization(policy);
        }

        await _app.StartAsync();

        // Demo accounts are seeded in the background; tests sign in with them.
        var demo = K8sShop.Users.Accounts.AccountSeeder.DemoEmail("support");
        var seeded = await Eventually.ReachesAsync(
            () => QueryAsync(db => db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().CountAsync()),
            count => count >= 3,
            TimeSpan.FromSeconds(60));
        Assert.True(seeded >= 3, $"demo accounts ({demo}, ...) were not seeded within 60 s");
    }

    /// <summary>Registers more services in the same process (the matrix test composes all nine).</summary>
    protected virtual void Compose(WebApplicationBuilder builder)
    {
    }

    protected virtual void MapMore(WebApplication app)
    {
    }

    /// <summary>The folder holding the issuer's generated key files.</summary>
    public string KeysFolder => _keys;

    public HttpClient NewClient(System.Net.CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new System.Net.CookieContainer(), UseCookies = true })
        {
            BaseAddress = Address,
        };

    /// <summary>Runs <paramref name="query"/> against the service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<UsersDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<UsersDbContext>());
    }

    /// <summary>Bodies of the outbox messages of one type, oldest first.</summary>
    public Task<List<string>> OutboxBodiesAsync(string messageTypeName) =>
        QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.Contains(messageTypeName)).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
