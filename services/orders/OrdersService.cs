using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Orders;

/// <summary>Registers the orders service; called by its own Program and by the one-process host.</summary>
public static class OrdersService
{
    public const string Name = "orders";

    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<OrdersDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
