using K8sShop.Billing.Discounts;
using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Quotes;

/// <summary>
/// What the cart would cost, in minor units of <see cref="Currency"/>:
/// <c>Total = Subtotal - Discount + Shipping + Tax</c>, where <see cref="TaxMinor"/> includes the shipping's VAT
/// and <see cref="Taxes"/> splits it by rate.
/// </summary>
public sealed record Quote(
    string Currency,
    IReadOnlyList<QuoteLine> Lines,
    long SubtotalMinor,
    long LineDiscountMinor,
    long OrderDiscountMinor,
    long DiscountMinor,
    long ShippingMinor,
    long ShippingTaxMinor,
    IReadOnlyList<TaxAtRate> Taxes,
    long TaxMinor,
    long TotalMinor,
    IReadOnlyList<AppliedDiscount> Applied,
    IReadOnlyList<QuoteRefusal> Refused);
