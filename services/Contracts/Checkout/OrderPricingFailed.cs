namespace K8sShop.Contracts.Checkout;

/// <summary>Billing could not price the order (a refused discount code, no tax rate for the country...); <paramref name="Reason"/> is readable by the shopper.</summary>
public sealed record OrderPricingFailed(Guid OrderId, string Reason, DateTimeOffset FailedAt) : IIntegrationMessage;
