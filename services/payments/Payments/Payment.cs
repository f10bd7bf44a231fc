namespace K8sShop.Payments.Payments;

/// <summary>
/// The one payment of an order (unique by <see cref="OrderId"/>). Created before the provider is called;
/// <see cref="IdempotencyKey"/> (the order id) makes a repeated provider call return the first result.
/// </summary>
public sealed class Payment
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid? CustomerId { get; set; }

    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "";

    public string Provider { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";

    public PaymentStatus Status { get; set; }

    /// <summary>The provider's id of the captured payment (PaymentIntent, PayPal capture), needed to refund it.</summary>
    public string? ProviderReference { get; set; }

    /// <summary>Why it failed, in words the shopper can read.</summary>
    public string? FailureReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SettledAtUtc { get; set; }
}
