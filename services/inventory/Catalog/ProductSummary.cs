namespace K8sShop.Inventory.Catalog;

/// <summary>A product in a list: enough for a product card, with its availability.</summary>
public sealed record ProductSummary(
    Guid Id, string Sku, string Slug, string Name, long PriceMinor, string Currency, string ImageUrl, Guid CategoryId,
    IReadOnlyDictionary<string, string> Attributes, int Available, bool InStock);
