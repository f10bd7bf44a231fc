using K8sShop.Payments.Data;
using K8sShop.Payments.Providers.PayPal;
using K8sShop.Payments.Providers.Stripe;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>
/// The payments service in a real Kestrel process on a free port, composed as its Program composes it, on the
/// test's MariaDB database and RabbitMQ vhost. Stripe's and PayPal's HTTP clients send to <see cref="Provider"/>.
/// </summary>
public sealed class PaymentsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PaymentsHost(WebApplication app, Uri address, RecordedResponses provider)
    {
        _app = app;
        Provider = provider;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        var all = new Dictionary<string, string?>
        {
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
        builder.AddPayments();
        builder.AddMessageConsumer<SagaAnswers>();
        TestSigningKey.TrustIn(builder.Services);
        builder.Services.AddHttpClient(StripePaymentProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(provider.NewHandler);
        builder.Services.AddHttpClient(PayPalPaymentProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(provider.NewHandler);
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapPayments();
        await app.StartAsync();
        return new PaymentsHost(app, address, provider);
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
    }
}
