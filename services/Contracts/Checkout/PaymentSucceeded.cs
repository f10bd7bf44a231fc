namespace K8sShop.Contracts.Checkout;

/// <summary>Payments captured the order's total; orders then marks it paid and publishes <see cref="Ordering.OrderPaid"/>.</summary>
public sealed record PaymentSucceeded(Guid OrderId, Guid PaymentId, string Provider, long AmountMinor, string Currency, DateTimeOffset SucceededAt) : IIntegrationMessage;
