using K8sShop.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace K8sShop.Chat.Tests.Hosting;

/// <summary>
/// The chat service in a real Kestrel process on a free port, composed as its Program composes it,
/// trusting the <see cref="TestIssuer"/>'s tokens.
/// </summary>
public sealed class ChatApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatApp(WebApplication app, Uri address, TestIssuer issuer)
    {
        _app = app;
        Address = address;
        Issuer = issuer;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public TestIssuer Issuer { get; }

    /// <summary>An anonymous HTTP client; see <see cref="ClientFor"/> for a signed-in one.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="database">The <c>ConnectionStrings:chat</c> value.</param>
    /// <param name="rabbitMq">A broker vhost to fan out through; null runs as a single replica on the in-memory bus.</param>
    /// <param name="clock">Replaces the system clock (rate limits, response times).</param>
    /// <param name="logs">Also receives every log line the app writes.</param>
    public static async Task<ChatApp> StartAsync(string database, string? rabbitMq = null, TimeProvider? clock = null, CapturedLogs? logs = null)
    {
        var issuer = await TestIssuer.GetAsync();
        var address = new Uri($"http://127.0.0.1:{K8sShop.Testing.ShopProcess.FreePort()}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:chat"] = database,
            ["ConnectionStrings:rabbitmq"] = rabbitMq,
            ["Bus:Transport"] = rabbitMq is null ? "InMemory" : "RabbitMq",
            ["Identity:Authority"] = issuer.Authority.ToString(),
            ["Database:MigrateOnStartup"] = "true",
        });
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.AddServiceDefaults();
        builder.AddChat();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapChat();
        await app.StartAsync();
        return new ChatApp(app, address, issuer);
    }

    /// <summary>An HTTP client sending a bearer token for <paramref name="subject"/> in <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string subject, string role)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Issuer.TokenFor(subject, role));
        return client;
    }

    /// <summary>A hub connection, started, for <paramref name="subject"/> in <paramref name="role"/>.</summary>
    public Task<ChatConnection> ConnectAsync(string subject, string role) =>
        ChatConnection.StartAsync(Address, Issuer.TokenFor(subject, role));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
