using K8sShop.Orders.Customers;
using K8sShop.Orders.Data;
using K8sShop.Orders.Saga;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders;

/// <summary>Registers the orders service; called by its own Program and by the one-process host.</summary>
public static class OrdersService
{
    public const string Name = "orders";

    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<OrdersDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        builder.Services.AddHttpClient(AddressBook.Name, client => client.BaseAddress = new Uri("http://users")).AddServiceAccessToken(Name);
        builder.Services.AddScoped<AddressBook>();
        builder.AddMessageConsumer<StockReservedConsumer>();
        builder.AddMessageConsumer<StockRejectedConsumer>();
        builder.AddMessageConsumer<OrderPricedConsumer>();
        builder.AddMessageConsumer<OrderPricingFailedConsumer>();
        builder.AddMessageConsumer<PaymentSucceededConsumer>();
        builder.AddMessageConsumer<PaymentFailedConsumer>();
        builder.AddMessageConsumer<ReservationExpiredConsumer>();
        builder.AddMessageConsumer<PaymentRefundedConsumer>();
        builder.AddMessageConsumer<RefundFailedConsumer>();
        return builder;
    }
}
