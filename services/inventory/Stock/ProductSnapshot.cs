namespace K8sShop.Inventory.Stock;

/// <summary>What stockcheck needs to validate and price an order line, inactive products included.</summary>
public sealed record ProductSnapshot(
    Guid ProductId, string Sku, string Name, bool Active, long PriceMinor, string Currency, string TaxClass, int OnHand, int Reserved, int Available);
