namespace K8sShop.Inventory.Stock;

/// <summary>
/// What stockcheck needs to validate and price an order line, inactive products included.
/// <paramref name="CategoryIds"/> is the product's own category first, then the one above it, so a
/// discount scoped to a top-level category reaches the products of its sub-categories.
/// </summary>
public sealed record ProductSnapshot(
    Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass, int OnHand, int Reserved, int Available,
    IReadOnlyList<Guid> CategoryIds);
