namespace K8sShop.Billing.Orders;

/// <summary>
/// Billing's record of one order's pricing: the breakdown the shopper is charged for, kept until the
/// invoice is issued from it (and after, for the credit notes), with the addresses the invoice prints.
/// </summary>
public sealed class PricedOrder
{
    public Guid OrderId { get; init; }

    public Guid? CustomerId { get; init; }

    public PricedOrderStatus Status { get; init; }

    /// <summary>For a failed pricing: the sentence the shopper was shown.</summary>
    public string? FailureReason { get; init; }

    public required string Currency { get; init; }

    public required string ShippingCountry { get; init; }

    public long TotalMinor { get; init; }

    /// <summary>The <see cref="Pricing.PriceBreakdown"/> as priced (empty for a failed pricing).</summary>
    public required string BreakdownJson { get; init; }

    public required string ShippingAddressJson { get; init; }

    public required string BillingAddressJson { get; init; }

    /// <summary>The discount codes applied (a JSON array of strings).</summary>
    public required string AppliedCodesJson { get; init; }

    public DateTime PricedAtUtc { get; init; }
}
