namespace K8sShop.Payments.Providers;

/// <summary>Authorize and capture <paramref name="AmountMinor"/> with the shopper's token; the same key never charges twice.</summary>
public sealed record ChargeRequest(Guid OrderId, long AmountMinor, string Currency, string PaymentToken, string IdempotencyKey);
