using K8sShop.Orders.Admin;
using K8sShop.Orders.Checkout;
using K8sShop.Orders.Tracking;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Orders;

/// <summary>The orders service's HTTP endpoints, all under <c>/api/orders</c>.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(OrdersService.Name);
        api.MapCheckout();
        api.MapCustomerOrders();
        api.MapSupportOrders();
        api.MapSupportCustomerOrders();
        api.MapAdminOrders();
        return app;
    }
}
