namespace K8sShop.Inventory.Admin;

/// <summary>Body of <c>POST /api/inventory/admin/products</c> and <c>PUT .../products/{id}</c>.</summary>
public sealed record ProductRequest(
    string? Sku, string? Slug, string? Name, string? Description, long PriceMinor, string? Currency, string? TaxClass, Guid CategoryId,
    IReadOnlyDictionary<string, string>? Attributes, string? ImageUrl, bool Active = true);
