namespace K8sShop.Inventory.Stock;

/// <summary>
/// One change of a product's stock: who, when, why and by how much. The deltas of a product's entries
/// add up to its current on-hand and reserved counts.
/// </summary>
public sealed class StockLedgerEntry
{
    public long Id { get; set; }

    public Guid ProductId { get; set; }

    public LedgerEntryKind Kind { get; set; }

    public int OnHandDelta { get; set; }

    public int ReservedDelta { get; set; }

    public int OnHandAfter { get; set; }

    public int ReservedAfter { get; set; }

    public Guid? OrderId { get; set; }

    public string Actor { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
