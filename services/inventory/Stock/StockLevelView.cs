namespace K8sShop.Inventory.Stock;

/// <summary>A product's stock as the API answers it.</summary>
public sealed record StockLevelView(Guid ProductId, int OnHand, int Reserved, int Available, long Version)
{
    public static StockLevelView Of(StockLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return new StockLevelView(level.ProductId, level.OnHand, level.Reserved, level.Available, level.Version);
    }
}
