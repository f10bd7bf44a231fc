namespace K8sShop.Inventory.Catalog;

/// <summary>A product page: everything about one product and its current availability.</summary>
public sealed record ProductDetail(
    Guid Id, string Sku, string Slug, string Name, string Description, long PriceMinor, string Currency, string TaxClass,
    string ImageUrl, CategoryRef Category, CategoryRef? ParentCategory, IReadOnlyDictionary<string, string> Attributes,
    int Available, bool InStock, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);
