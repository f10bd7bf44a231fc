namespace K8sShop.Billing.Pricing;

/// <summary>
/// The priced order. Invariants: <c>Total = Subtotal - Discount + Shipping + ShippingTax + Σ line tax</c>,
/// and every amount is a whole number of minor units of <see cref="Currency"/>.
/// </summary>
public sealed record PriceBreakdown(
    string Currency,
    IReadOnlyList<PricedLine> Lines,
    long SubtotalMinor,
    long DiscountMinor,
    long ShippingMinor,
    long ShippingTaxMinor,
    long TaxMinor,
    long TotalMinor);
