namespace K8sShop.Inventory.Stock;

/// <summary>
/// The life of one reserved order line: Reserved, then either Committed (sold) or Released; a sold line
/// whose order was cancelled before shipping is Returned (its units back on hand).
/// </summary>
public enum ReservationStatus
{
    Reserved = 1,
    Committed = 2,
    Released = 3,
    Returned = 4,
}
