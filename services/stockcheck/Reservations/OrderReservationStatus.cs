namespace K8sShop.Stockcheck.Reservations;

/// <summary>Where an order's stock check stands.</summary>
public enum OrderReservationStatus
{
    Reserved = 1,
    Rejected = 2,
    Committed = 3,
    Released = 4,
    Expired = 5,
    Returned = 6,
}
