namespace K8sShop.Billing.Inventory;

/// <summary>A product as inventory's <c>POST /api/stock/lookup</c> answers it: the current price (net, minor units), tax class and active flag.</summary>
public sealed record InventoryProduct(Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass);
