namespace K8sShop.Billing.Pricing;

/// <summary>
/// One line to price: net unit price (before VAT) in minor units, the discount on the whole line, and
/// the description the invoice will print (the catalog's name and SKU at the time of the order).
/// </summary>
public sealed record PricingLine(Guid ProductId, int Quantity, long UnitNetMinor, string TaxClass, long LineDiscountMinor = 0, string Description = "");
