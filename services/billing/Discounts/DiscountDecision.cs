namespace K8sShop.Billing.Discounts;

/// <summary>The discounts service's answer to an evaluation or a reservation (the agreed contract). Amounts are net minor units.</summary>
public sealed record DiscountDecision(
    string Currency,
    IReadOnlyList<DiscountedLine>? Lines,
    long OrderDiscountMinor,
    bool FreeShipping,
    IReadOnlyList<AppliedDiscount>? Applied,
    IReadOnlyList<RefusedCode>? Refused)
{
    /// <summary>Nothing discounted: what a cart without codes or promotions gets.</summary>
    public static DiscountDecision None(string currency) => new(currency, [], 0, false, [], []);

    public long LineDiscountFor(Guid productId) => Lines?.Where(l => l.ProductId == productId).Sum(l => l.DiscountMinor) ?? 0;
}
