using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;
using K8sShop.Stockcheck.Reservations;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Stockcheck;

/// <summary>Registers the stockcheck service; called by its own Program and by the one-process host.</summary>
public static class StockcheckService
{
    public const string Name = "stockcheck";

    public static WebApplicationBuilder AddStockcheck(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<StockcheckDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        builder.Services.Configure<StockcheckOptions>(builder.Configuration.GetSection(StockcheckOptions.Section));
        builder.Services.AddHttpClient(InventoryClient.Name, client => client.BaseAddress = new Uri("http://inventory"))
            .AddServiceAccessToken(Name);
        builder.Services.AddScoped<InventoryClient>();
        builder.Services.AddSingleton<ReservationExpiry>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReservationExpiry>());
        builder.AddMessageConsumer<OrderSubmittedConsumer>();
        builder.AddMessageConsumer<OrderPaidConsumer>();
        builder.AddMessageConsumer<OrderCancelledConsumer>();
        builder.AddMessageConsumer<PaymentFailedConsumer>();
        return builder;
    }
}
