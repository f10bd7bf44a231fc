namespace K8sShop.Contracts.Ordering;

/// <summary>The order's payment succeeded; its stock reservation becomes a sale.</summary>
public sealed record OrderPaid(Guid OrderId, Guid PaymentId, long AmountMinor, string Currency, DateTimeOffset PaidAt) : IIntegrationMessage;
