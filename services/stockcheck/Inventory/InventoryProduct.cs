namespace K8sShop.Stockcheck.Inventory;

/// <summary>A product as inventory's <c>POST /api/stock/lookup</c> answers it; <paramref name="CategoryIds"/> is its category, then the one above.</summary>
public sealed record InventoryProduct(Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass, int Available, IReadOnlyList<Guid>? CategoryIds);
