using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>Writes catalog rows straight into the inventory database, for tests that need known products.</summary>
public static class CatalogRows
{
    public static async Task<Guid> AddCategoryAsync(IServiceProvider services, string slug, Guid? parentId = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var category = new Category { Id = Guid.NewGuid(), Slug = slug, Name = slug, ParentId = parentId, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    /// <summary>A product with <paramref name="onHand"/> units, received through the ledger so that it balances.</summary>
    public static async Task<Guid> AddProductAsync(
        IServiceProvider services, Guid categoryId, int onHand, string? name = null, long priceMinor = 1_000, bool active = true,
        IReadOnlyDictionary<string, string>? attributes = null, string? description = null, DateTime? createdAtUtc = null)
    {
        var id = Guid.NewGuid();
        var sku = "T-" + id.ToString("N")[..12].ToUpperInvariant();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            var at = createdAtUtc ?? DateTime.UtcNow;
            db.Products.Add(new Product
            {
                Id = id,
                Sku = sku,
                Slug = sku.ToLowerInvariant(),
                Name = name ?? "Test product " + sku,
                Description = description ?? "A product made for a test.",
                PriceMinor = priceMinor,
                Currency = "EUR",
                TaxClass = "standard",
                CategoryId = categoryId,
                AttributesJson = System.Text.Json.JsonSerializer.Serialize(attributes ?? new Dictionary<string, string>()),
                IsActive = active,
                CreatedAtUtc = at,
                UpdatedAtUtc = at,
            });
            foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
            {
                db.ProductAttributes.Add(new ProductAttributeValue { ProductId = id, Name = key.ToLowerInvariant(), Value = value.ToLowerInvariant() });
            }

            db.StockLevels.Add(new StockLevel { ProductId = id, UpdatedAtUtc = at });
            await db.SaveChangesAsync();
        }

        if (onHand > 0)
        {
            await using var scope = services.CreateAsyncScope();
            var keeper = scope.ServiceProvider.GetRequiredService<StockKeeper>();
            await keeper.ReceiveAsync(id, onHand, "test", "initial stock", CancellationToken.None);
        }

        return id;
    }
}
