using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Orders;

/// <summary>The orders service's HTTP endpoints, all under <c>/api/orders</c>.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(OrdersService.Name);
        return app;
    }
}
