namespace K8sShop.Contracts.Stock;

/// <summary>A reserved order line with the product's price and tax class at the moment of reservation (the snapshot the order is priced with).</summary>
public sealed record ReservedLine(Guid ProductId, string Sku, string Name, int Quantity, long UnitPriceMinor, string Currency, string TaxClass);
