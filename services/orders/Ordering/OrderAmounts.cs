namespace K8sShop.Orders.Ordering;

/// <summary>What billing priced the order at, in minor units of <see cref="Currency"/>.</summary>
public sealed record OrderAmounts(
    long SubtotalMinor, long DiscountMinor, long ShippingMinor, long TaxMinor, long TotalMinor, string Currency, IReadOnlyList<string> AppliedDiscountCodes);
