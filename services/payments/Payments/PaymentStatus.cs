namespace K8sShop.Payments.Payments;

/// <summary>Where an order's payment stands. Only <see cref="Pending"/> may change, and only once.</summary>
public enum PaymentStatus
{
    /// <summary>Recorded before the provider is called, so a crash mid-call is resumed with the same idempotency key.</summary>
    Pending,
    Succeeded,
    Failed,
    Refunded,
}
