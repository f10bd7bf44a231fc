namespace K8sShop.Inventory.Stock;

/// <summary>
/// A product's stock. Available is <c>OnHand - Reserved</c>; every change is one conditional UPDATE
/// (check constraints keep <c>0 &lt;= Reserved &lt;= OnHand</c> as a last line of defence).
/// </summary>
public sealed class StockLevel
{
    public Guid ProductId { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    /// <summary>Grows by one with every change, so <c>StockLevelChanged</c> consumers can drop stale events.</summary>
    public long Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Available => OnHand - Reserved;
}
