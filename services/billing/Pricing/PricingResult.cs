namespace K8sShop.Billing.Pricing;

/// <summary>Either a breakdown or the reasons there is none: bad input is an answer, not an exception.</summary>
public sealed record PricingResult(PriceBreakdown? Breakdown, IReadOnlyList<PricingError> Errors)
{
    public bool Succeeded => Breakdown is not null;

    public static PricingResult Of(PriceBreakdown breakdown) => new(breakdown, []);

    public static PricingResult Failed(IReadOnlyList<PricingError> errors) => new(null, errors);
}
