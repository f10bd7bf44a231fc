using K8sShop.Orders;
using K8sShop.ServiceDefaults;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Xunit;

namespace K8sShop.Chat.Tests.Hosting;

/// <summary>
/// Chat beside the real orders service and the real users service (the token issuer), in one Kestrel host
/// as the embedded mode runs them, each with its own MariaDB database, on one RabbitMQ vhost. Chat reaches
/// orders by service discovery, as between pods.
/// </summary>
public sealed class ChatWithOrdersApp : IAsyncLifetime
{
    public const string Password = "Fresh-password-42";

    private readonly TestDatabase _users = new();
    private readonly TestDatabase _orders = new();
    private readonly TestDatabase _chat = new();
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-keys-").FullName;
    private WebApplication? _app;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    private Uri RedirectUri => new(Address, "auth/callback");

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_users.InitializeAsync(), _orders.InitializeAsync(), _chat.InitializeAsync(), _vhost.InitializeAsync());
        var authority = Address.ToString().TrimEnd('/');
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls(authority);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = _users.ConnectionString,
            ["ConnectionStrings:orders"] = _orders.ConnectionString,
            ["ConnectionStrings:chat"] = _chat.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Database:MigrateOnStartup"] = "true",
            ["Services:orders:http:0"] = authority,
            ["Identity:Authority"] = authority,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:Clients:storefront:RedirectUris:0"] = RedirectUri.ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
        });
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddOrders();
        builder.AddChat();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapUsers();
        _app.MapOrders();
        _app.MapChat();
        await _app.StartAsync();
    }

    /// <summary>A new customer account, registered and signed in through the users service; answers the access token.</summary>
    public async Task<string> NewCustomerAsync()
    {
        var email = $"chatter-{Guid.NewGuid():N}@example.com";
        using var signIn = new ShopSignIn(Address, RedirectUri);
        await signIn.RegisterAsync(email, Password, "Chatter");
        return await signIn.AccessTokenAsync(email, Password);
    }

    public HttpClient ClientWith(string accessToken)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Task.WhenAll(_vhost.DisposeAsync(), _chat.DisposeAsync(), _orders.DisposeAsync(), _users.DisposeAsync());
        Directory.Delete(_keys, recursive: true);
    }
}
