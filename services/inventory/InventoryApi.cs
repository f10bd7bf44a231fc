using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Inventory;

/// <summary>The inventory service's HTTP endpoints, all under <c>/api/inventory</c>.</summary>
public static class InventoryApi
{
    public static IEndpointRouteBuilder MapInventory(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(InventoryService.Name);
        return app;
    }
}
