using K8sShop.Billing.Discounts;

namespace K8sShop.Billing.Pricing;

/// <summary>Turns lines and the discounts service's decision into what the calculator prices; quotes and orders price alike.</summary>
public static class DiscountedPricing
{
    public static DiscountRequest Ask(Guid? customerId, string currency, IReadOnlyList<PricingLine> lines, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new DiscountRequest(customerId, currency, [.. lines.Select(l => new DiscountRequestLine(l.ProductId, l.CategoryIds is { Count: > 0 } ids ? ids[0] : null, l.Quantity, l.UnitNetMinor, l.CategoryIds))], codes);
    }

    public static PricingRequest Request(string currency, string shippingCountry, IReadOnlyList<PricingLine> lines, DiscountDecision decision)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(decision);
        return new PricingRequest(
            currency,
            shippingCountry,
            [.. lines.Select(l => l with { LineDiscountMinor = decision.LineDiscountFor(l.ProductId) })],
            decision.OrderDiscountMinor,
            decision.FreeShipping);
    }
}
