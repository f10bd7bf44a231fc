namespace K8sShop.Contracts.Checkout;

/// <summary>
/// The provider refused the refund (or payments did: nothing captured, or more than what is left); orders keeps the
/// order where it was and records the reason for an admin. <paramref name="RefundRequestId"/> is the id orders asked with.
/// </summary>
public sealed record RefundFailed(Guid OrderId, string Reason, DateTimeOffset FailedAt, Guid? RefundRequestId = null) : IIntegrationMessage;
