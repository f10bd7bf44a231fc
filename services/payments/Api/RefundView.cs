using K8sShop.Payments.Payments;

namespace K8sShop.Payments.Api;

public sealed record RefundView(Guid RefundId, RefundStatus Status, long AmountMinor, string Currency, string Reason, string? FailureReason, DateTime CreatedAtUtc, DateTime? SettledAtUtc);
