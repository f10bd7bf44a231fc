using K8sShop.Inventory.Admin;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Inventory;

/// <summary>The inventory service's HTTP endpoints: <c>/api/inventory</c>, <c>/api/catalog</c> and <c>/api/stock</c>.</summary>
public static class InventoryApi
{
    public static IEndpointRouteBuilder MapInventory(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(InventoryService.Name);
        app.MapCatalog();
        app.MapStock();
        app.MapInventoryAdmin();
        app.MapInventoryAdminCatalog();
        app.MapInventoryAdminCategories();

        return app;
    }
}
