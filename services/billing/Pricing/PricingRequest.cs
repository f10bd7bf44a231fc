namespace K8sShop.Billing.Pricing;

/// <summary>What to price: lines in one currency, discounts already decided by the discounts service.</summary>
public sealed record PricingRequest(
    string Currency,
    string ShippingCountry,
    IReadOnlyList<PricingLine> Lines,
    long OrderDiscountMinor = 0,
    bool FreeShipping = false);
