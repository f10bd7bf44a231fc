using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Seeding;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Inventory;

/// <summary>Registers the inventory service; called by its own Program and by the one-process host.</summary>
public static class InventoryService
{
    public const string Name = "inventory";

    public static WebApplicationBuilder AddInventory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<InventoryDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        builder.Services.AddScoped<StockKeeper>();
        builder.Services.AddScoped<ProductSearch>();
        builder.Services.AddSingleton<AvailabilityFeed>();
        builder.AddBroadcastConsumer<StockLevelChangedConsumer>();
        builder.Services.AddHostedService<CatalogSeeder>(); // after AddServiceDatabase: runs once the schema is migrated
        return builder;
    }
}
