namespace K8sShop.Stockcheck.Inventory;

/// <summary>A product as inventory's <c>POST /api/stock/lookup</c> answers it.</summary>
public sealed record InventoryProduct(Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass, int Available);
