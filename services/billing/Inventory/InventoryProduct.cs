namespace K8sShop.Billing.Inventory;

/// <summary>
/// A product as inventory's <c>POST /api/stock/lookup</c> answers it: the current price (net, minor units), tax class,
/// active flag, and its categories (its own, then the one above) for category-scoped discounts.
/// </summary>
public sealed record InventoryProduct(Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass, IReadOnlyList<Guid>? CategoryIds = null);
