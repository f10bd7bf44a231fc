namespace K8sShop.Billing.Pricing;

/// <summary>
/// One line to price: net unit price (before VAT) in minor units, the discount on the whole line, the
/// description the invoice will print (the catalog's name and SKU at the time of the order), and the
/// product's categories (its own, then the one above), which category-scoped discounts match on.
/// </summary>
public sealed record PricingLine(
    Guid ProductId, int Quantity, long UnitNetMinor, string TaxClass, long LineDiscountMinor = 0, string Description = "", IReadOnlyList<Guid>? CategoryIds = null);
