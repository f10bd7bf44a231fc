using System.Net.Http.Json;
using K8sShop.Payments.Data;
using K8sShop.Payments.Providers.PayPal;
using K8sShop.Payments.Providers.Stripe;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>
/// The payments service in a real Kestrel process on a free port, composed as its Program composes it, on the
/// test's MariaDB database and RabbitMQ vhost, beside the real users service as the token issuer (on a SQLite
/// file, as in the embedded host). Stripe's and PayPal's HTTP clients send to <see cref="Provider"/>.
/// </summary>
public sealed class PaymentsHost : IAsyncDisposable
{
    public const string SupportPassword = "Support-pass-1";
    public const string AdminPassword = "Admin-pass-1";
    public const string BillingSecret = "payments-tests-billing-secret";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _usersFolder;

    private PaymentsHost(WebApplication app, Uri address, RecordedResponses provider, DirectoryInfo usersFolder)
    {
        _app = app;
        _usersFolder = usersFolder;
        Address = address;
        Provider = provider;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public Uri Address { get; }

    public Uri RedirectUri => new(Address, "auth/callback");

    public IServiceProvider Services => _app.Services;

    /// <summary>The recorded responses Stripe's or PayPal's client gets, when one of them is the provider.</summary>
    public RecordedResponses Provider { get; }

    public static async Task<PaymentsHost> StartAsync(
        TestDatabase database, TestVirtualHost vhost, IDictionary<string, string?>? settings = null, RecordedResponses? provider = null, string environment = "Testing")
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(vhost);
        provider ??= new RecordedResponses();
        var address = new Uri($"http://127.0.0.1:{ShopProcess.FreePort()}/");
        var usersFolder = Directory.CreateTempSubdirectory("k8sshop-payments-users-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = $"Data Source={Path.Combine(usersFolder.FullName, "users.db")};Pooling=false",
            ["Identity:Authority"] = address.ToString().TrimEnd('/'),
            ["Identity:KeysFolder"] = Path.Combine(usersFolder.FullName, "keys"),
            ["Identity:DemoPasswords:support"] = SupportPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:billing:Secret"] = BillingSecret,
            ["Identity:Clients:storefront:RedirectUris:0"] = new Uri(address, "auth/callback").ToString(),
            ["RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
            ["RateLimits:PerAccount"] = "1000",
            ["ConnectionStrings:payments"] = database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Payments:FirstRetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.AddServiceDefaults();
        builder.AddUsers();
        builder.AddPayments();
        builder.AddMessageConsumer<SagaAnswers>();
        builder.Services.AddHttpClient(StripePaymentProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(provider.NewHandler);
        builder.Services.AddHttpClient(PayPalPaymentProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(provider.NewHandler);
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapUsers();
        app.MapPayments();
        await app.StartAsync();
        await app.WaitUntilReadyAsync();
        return new PaymentsHost(app, address, provider, usersFolder);
    }

    /// <summary>A demo account's access token from the users service (support or admin; seeded after start-up).</summary>
    public async Task<string> DemoTokenAsync(string role)
    {
        using var signIn = new ShopSignIn(Address, RedirectUri);
        return await signIn.DemoAccessTokenAsync(
            K8sShop.Users.Accounts.AccountSeeder.DemoEmail(role), role == ShopRoles.Admin ? AdminPassword : SupportPassword, TimeSpan.FromSeconds(90));
    }

    /// <summary>A newly registered customer, signed in as the browser app signs in: the access token and its subject.</summary>
    public async Task<(string Token, Guid Id)> NewCustomerAsync()
    {
        var email = $"payer-{Guid.NewGuid():N}@example.com";
        const string password = "Fresh-password-42";
        using (var registered = await Client.PostAsJsonAsync("api/users/accounts", new { email, password, displayName = "Test Payer" }))
        {
            Xunit.Assert.True(registered.StatusCode == System.Net.HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        }

        using var signIn = new ShopSignIn(Address, RedirectUri);
        var token = await signIn.AccessTokenAsync(email, password);
        return (token, Guid.Parse(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Subject));
    }

    /// <summary>A service's client-credentials token (billing's), the role "service".</summary>
    public async Task<string> ServiceTokenAsync()
    {
        using var signIn = new ShopSignIn(Address, RedirectUri);
        return await signIn.ServiceTokenAsync("billing", BillingSecret);
    }

    public Task PublishAsync<T>(T message)
        where T : class => Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Reads the payments database through a fresh context.</summary>
    public async Task<T> QueryAsync<T>(Func<PaymentsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        return await query(db);
    }

    public Task<int> ProviderCallsAsync(Guid orderId, string operation) =>
        QueryAsync(db => db.ProviderCalls.CountAsync(c => c.OrderId == orderId && c.Operation == operation));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _usersFolder.Delete(recursive: true);
    }
}
