using K8sShop.Payments.Payments;

namespace K8sShop.Payments.Api;

/// <summary>An order's payment as support sees it: status, the refund if any, and every provider call.</summary>
public sealed record PaymentView(
    Guid PaymentId,
    Guid OrderId,
    Guid? CustomerId,
    string Provider,
    PaymentStatus Status,
    long AmountMinor,
    string Currency,
    string? ProviderReference,
    string? FailureReason,
    DateTime CreatedAtUtc,
    DateTime? SettledAtUtc,
    RefundView? Refund,
    IReadOnlyList<ProviderCallView> Attempts);
