using System.Net.Http.Headers;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Testing.Mail;
using K8sShop.Users;
using K8sShop.Users.Accounts;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>
/// The notifications service on real Kestrel, composed as its Program composes it, with its own MariaDB
/// database, its own RabbitMQ vhost, and (unless a subclass says otherwise) a real SMTP server (maildev).
/// The users service runs beside it as the token issuer (as in the embedded host), so callers sign in
/// with real accounts. Tests publish the other services' events themselves on the same broker.
/// </summary>
public class NotificationsApp : IAsyncLifetime
{
    public const string SupportPassword = "Support-pass-1";
    public const string CustomerPassword = "Fresh-password-42";
    private const string ServiceClient = "stockcheck";
    private const string ServiceSecret = "notifications-tests-stockcheck-secret";

    private readonly TestDatabase _database = new();
    private readonly TestDatabase _users = new();
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-keys-").FullName;
    private readonly Dictionary<string, string?> _settings = [];
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    /// <summary>The notifications hub (<c>/hubs/notifications</c>).</summary>
    public Uri Hub => new(Address, "hubs/notifications");

    public MailDevServer Mail { get; } = new();

    public IServiceProvider Services => _app!.Services;

    protected virtual string Environment => "Development";

    /// <summary>Settings a subclass changes (a dead SMTP port).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Services a subclass replaces (a fake clock).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual bool UsesMail => true;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_database.InitializeAsync(), _users.InitializeAsync(), _vhost.InitializeAsync(), UsesMail ? Mail.InitializeAsync() : Task.CompletedTask);
        var authority = Address.ToString().TrimEnd('/');
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environment });
        builder.WebHost.UseUrls(authority);
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notifications"] = _database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["ConnectionStrings:users"] = _users.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:support"] = SupportPassword,
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            [$"Identity:Clients:{ServiceClient}:Secret"] = ServiceSecret,
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
            ["Notifications:Email:Mode"] = "smtp",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Tls"] = "None",
            ["Notifications:Delivery:PollInterval"] = "00:00:01",
        };
        Configure(settings);
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddNotifications();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapNotifications();
        await _app.StartAsync();
        await _app.WaitUntilReadyAsync();
    }

    private Uri RedirectUri => new(Address, "auth/callback");

    /// <summary>
    /// A second notifications replica on the same database and broker, without the users service: it checks
    /// tokens against this app's issuer over HTTP, as a replica in the cluster does.
    /// </summary>
    public Task<NotificationsReplica> StartReplicaAsync() => NotificationsReplica.StartAsync(_settings);

    /// <summary>Publishes an event on the broker, as the service that owns it would.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class =>
        Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    /// <summary>An HTTP client with <paramref name="accessToken"/>, or anonymous.</summary>
    public HttpClient Client(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>
    /// A new customer, registered through the users API and signed in as the storefront does. Registering
    /// publishes <c>UserRegistered</c> and a confirmation email, as it does in the shop.
    /// </summary>
    public async Task<SignedInUser> NewCustomerAsync(string displayName = "Test Shopper", string? locale = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        using var signIn = new ShopSignIn(Address, RedirectUri);
        var id = await signIn.RegisterAsync(email, CustomerPassword, displayName, locale);
        return new SignedInUser(id, email, await signIn.AccessTokenAsync(email, CustomerPassword));
    }

    /// <summary>The seeded support agent's access token.</summary>
    public async Task<string> SupportTokenAsync()
    {
        using var signIn = new ShopSignIn(Address, RedirectUri);
        return await signIn.DemoAccessTokenAsync(AccountSeeder.DemoEmail(ShopRoles.Support), SupportPassword, TimeSpan.FromSeconds(60));
    }

    /// <summary>A service's client-credentials token (another service of the shop calling).</summary>
    public async Task<string> ServiceTokenAsync()
    {
        using var signIn = new ShopSignIn(Address, RedirectUri);
        return await signIn.ServiceTokenAsync(ServiceClient, ServiceSecret);
    }

    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Guid userId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INotificationStore>().DeliveriesOfAsync(userId, 100, CancellationToken.None);
    }

    public async Task UseStoreAsync(Func<INotificationStore, Task> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        await using var scope = Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<INotificationStore>());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Task.WhenAll(Mail.DisposeAsync(), _vhost.DisposeAsync(), _database.DisposeAsync(), _users.DisposeAsync());
        Directory.Delete(_keys, recursive: true);
    }
}
