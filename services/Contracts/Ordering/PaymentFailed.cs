namespace K8sShop.Contracts.Ordering;

/// <summary>The order's payment failed for good; reserved stock goes back on sale.</summary>
public sealed record PaymentFailed(Guid OrderId, string Reason, DateTimeOffset FailedAt) : IIntegrationMessage;
