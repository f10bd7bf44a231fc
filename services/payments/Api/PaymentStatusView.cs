using K8sShop.Payments.Payments;

namespace K8sShop.Payments.Api;

/// <summary>An order's payment as its shopper sees it.</summary>
public sealed record PaymentStatusView(Guid OrderId, PaymentStatus Status, long AmountMinor, string Currency, string? FailureReason, bool Refunded);
