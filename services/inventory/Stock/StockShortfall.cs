namespace K8sShop.Inventory.Stock;

/// <summary>A line that could not be reserved: how many were asked for and how many are available (0 for an unknown product).</summary>
public sealed record StockShortfall(Guid ProductId, int Requested, int Available, bool KnownProduct);
