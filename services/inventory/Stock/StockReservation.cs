namespace K8sShop.Inventory.Stock;

/// <summary>
/// One product held for one order. The key (order, product) makes reserving idempotent: a second
/// reserve of the same order cannot insert its rows again.
/// </summary>
public sealed class StockReservation
{
    public Guid OrderId { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    public ReservationStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
