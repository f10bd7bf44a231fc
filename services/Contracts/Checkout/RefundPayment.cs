namespace K8sShop.Contracts.Checkout;

/// <summary>
/// Command from orders to payments: give back <paramref name="AmountMinor"/> of the order's captured payment.
/// An order may be refunded in several parts; each request has its own <paramref name="RefundRequestId"/>, by
/// which payments refunds it once however often the message arrives. Payments refuses (with
/// <see cref="RefundFailed"/>) a part that would take the refunds past what was captured. Without an id (older
/// senders), the order id stands for it: one refund per order.
/// </summary>
public sealed record RefundPayment(Guid OrderId, long AmountMinor, string Currency, string Reason, Guid? RefundRequestId = null) : IIntegrationMessage
{
    /// <summary>The id the refund is de-duplicated by.</summary>
    public Guid RequestKey => RefundRequestId ?? OrderId;
}
