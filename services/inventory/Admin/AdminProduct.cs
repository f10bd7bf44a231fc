namespace K8sShop.Inventory.Admin;

/// <summary>
/// A product exactly as the admin edits it (the fields of <see cref="ProductRequest"/>), also when it is
/// inactive and so hidden from the public catalog.
/// </summary>
public sealed record AdminProduct(
    Guid Id, string Sku, string Slug, string Name, string Description, long PriceMinor, string Currency, string TaxClass, Guid CategoryId,
    IReadOnlyDictionary<string, string> Attributes, string ImageUrl, bool Active, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);
