namespace K8sShop.Contracts.Stock;

/// <summary>
/// A reserved order line with the product's price, tax class and categories at the moment of reservation
/// (the snapshot the order is priced with). <paramref name="CategoryIds"/> is the product's own category
/// first, then the one above it; discounts scoped to categories match on them. Null from senders older than the field.
/// </summary>
public sealed record ReservedLine(
    Guid ProductId, string Sku, string Name, int Quantity, long UnitPriceMinor, string Currency, string TaxClass, IReadOnlyList<Guid>? CategoryIds = null);
