namespace K8sShop.Contracts.Checkout;

/// <summary>The provider confirmed the refund; billing issues the credit note, orders marks the order refunded.</summary>
public sealed record PaymentRefunded(Guid OrderId, Guid PaymentId, Guid RefundId, long AmountMinor, string Currency, string Reason, DateTimeOffset RefundedAt) : IIntegrationMessage;
