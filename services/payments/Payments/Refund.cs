namespace K8sShop.Payments.Payments;

/// <summary>One refund (the whole or a part) of an order's payment, recorded before the provider is called; one per refund request.</summary>
public sealed class Refund
{
    public Guid Id { get; set; }

    public Guid PaymentId { get; set; }

    public Guid OrderId { get; set; }

    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "";

    public string Reason { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";

    public RefundStatus Status { get; set; }

    public string? ProviderReference { get; set; }

    public string? FailureReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SettledAtUtc { get; set; }
}
