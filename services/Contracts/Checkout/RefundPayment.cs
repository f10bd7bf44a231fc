namespace K8sShop.Contracts.Checkout;

/// <summary>Command from orders to payments: give back <paramref name="AmountMinor"/> of the order's captured payment.</summary>
public sealed record RefundPayment(Guid OrderId, long AmountMinor, string Currency, string Reason) : IIntegrationMessage;
