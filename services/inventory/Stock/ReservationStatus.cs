namespace K8sShop.Inventory.Stock;

/// <summary>The life of one reserved order line: Reserved, then either Committed (sold) or Released.</summary>
public enum ReservationStatus
{
    Reserved = 1,
    Committed = 2,
    Released = 3,
}
