namespace K8sShop.Contracts.Checkout;

/// <summary>
/// The provider confirmed the refund of <paramref name="AmountMinor"/> (one part, or the whole); billing issues a credit
/// note for it, orders adds it to what was refunded and marks the order refunded once the whole payment is back.
/// <paramref name="RefundRequestId"/> is the id orders asked with (<see cref="RefundPayment.RefundRequestId"/>).
/// </summary>
public sealed record PaymentRefunded(
    Guid OrderId, Guid PaymentId, Guid RefundId, long AmountMinor, string Currency, string Reason, DateTimeOffset RefundedAt, Guid? RefundRequestId = null) : IIntegrationMessage;
