using System.Net.Http.Headers;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
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
/// Tests publish the events themselves on the same broker.
/// </summary>
public class NotificationsApp : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly TestVirtualHost _vhost = new();
    private TestTokenIssuer? _issuer;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public MailDevServer Mail { get; } = new();

    public IServiceProvider Services => _app!.Services;

    public TestTokenIssuer Issuer => _issuer!;

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
        await Task.WhenAll(_database.InitializeAsync(), _vhost.InitializeAsync(), UsesMail ? Mail.InitializeAsync() : Task.CompletedTask);
        var authority = Address.ToString().TrimEnd('/');
        _issuer = new TestTokenIssuer(authority);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environment });
        builder.WebHost.UseUrls(authority);
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notifications"] = _database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Identity:Authority"] = authority,
            ["Notifications:Email:Mode"] = "smtp",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Tls"] = "None",
            ["Notifications:Delivery:PollInterval"] = "00:00:01",
        };
        Configure(settings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddNotifications();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapNotifications();
        _issuer.MapDiscovery(_app);
        await _app.StartAsync();
    }

    /// <summary>Publishes an event on the broker, as the service that owns it would.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class =>
        Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    /// <summary>An HTTP client signed in as <paramref name="userId"/> with <paramref name="role"/>, or anonymous.</summary>
    public HttpClient Client(Guid? userId = null, string role = ShopRoles.Customer)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (userId is { } id)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Issuer.TokenFor(id, role));
        }

        return client;
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

        await Task.WhenAll(Mail.DisposeAsync(), _vhost.DisposeAsync(), _database.DisposeAsync());
    }
}
