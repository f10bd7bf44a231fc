namespace K8sShop.Contracts.Checkout;

/// <summary>The provider refused the refund; orders keeps the order where it was and records the reason for an admin.</summary>
public sealed record RefundFailed(Guid OrderId, string Reason, DateTimeOffset FailedAt) : IIntegrationMessage;
