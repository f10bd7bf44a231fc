namespace K8sShop.Billing.Pricing;

/// <summary>The VAT of an order at one rate: what it was charged on (net after discounts, shipping included) and how much.</summary>
public sealed record TaxAtRate(int BasisPoints, long TaxableMinor, long TaxMinor)
{
    /// <summary>The breakdown's VAT grouped by rate, lowest rate first; shipping counts at the standard rate it was taxed with.</summary>
    public static IReadOnlyList<TaxAtRate> Of(PriceBreakdown breakdown, int shippingBasisPoints)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var parts = breakdown.Lines.Select(l => (l.TaxBasisPoints, Taxable: l.NetMinor - l.DiscountMinor, l.TaxMinor)).ToList();
        if (breakdown.ShippingMinor > 0)
        {
            parts.Add((shippingBasisPoints, breakdown.ShippingMinor, breakdown.ShippingTaxMinor));
        }

        return [.. parts
            .GroupBy(p => p.TaxBasisPoints)
            .OrderBy(g => g.Key)
            .Select(g => new TaxAtRate(g.Key, g.Sum(p => p.Taxable), g.Sum(p => p.TaxMinor)))];
    }
}
