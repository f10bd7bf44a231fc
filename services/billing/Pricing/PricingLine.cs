namespace K8sShop.Billing.Pricing;

/// <summary>One line to price: net unit price (before VAT) in minor units, and the discount on the whole line.</summary>
public sealed record PricingLine(Guid ProductId, int Quantity, long UnitNetMinor, string TaxClass, long LineDiscountMinor = 0);
