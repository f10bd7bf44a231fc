namespace K8sShop.Notifications.Contacts;

/// <summary>
/// Which user placed an order: <c>PaymentFailed</c> and <c>ReservationExpired</c> name only the order,
/// so the owner is remembered from the order events that carry it.
/// </summary>
public sealed class OrderOwner
{
    public Guid OrderId { get; set; }

    public Guid UserId { get; set; }
}
