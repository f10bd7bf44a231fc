namespace K8sShop.Payments.Providers;

/// <summary>Give back <paramref name="AmountMinor"/> of the captured payment <paramref name="PaymentReference"/>.</summary>
public sealed record RefundRequest(Guid OrderId, string PaymentReference, long AmountMinor, string Currency, string IdempotencyKey);
