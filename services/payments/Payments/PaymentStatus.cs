namespace K8sShop.Payments.Payments;

/// <summary>Where an order's payment stands. Only <see cref="Pending"/> may change, and only once.</summary>
public enum PaymentStatus
{
    /// <summary>Recorded before the provider is called, so a crash mid-call is resumed with the same idempotency key.</summary>
    Pending,
    Succeeded,
    Failed,
    Refunded,

    /// <summary>
    /// Never charged: the order was cancelled before its ChargePayment was handled. Nothing is published for it,
    /// since nobody waits for the answer and a PaymentFailed would tell the shopper their payment failed.
    /// </summary>
    Voided,
}
