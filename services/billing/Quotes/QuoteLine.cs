namespace K8sShop.Billing.Quotes;

/// <summary>
/// A priced cart line. <see cref="LineDiscountMinor"/> is the discount on this line itself;
/// <see cref="DiscountMinor"/> adds its share of the order discount (what its VAT is computed after).
/// </summary>
public sealed record QuoteLine(
    Guid ProductId,
    string Sku,
    string Name,
    int Quantity,
    long UnitPriceMinor,
    string TaxClass,
    int TaxBasisPoints,
    long NetMinor,
    long LineDiscountMinor,
    long DiscountMinor,
    long TaxMinor,
    long TotalMinor);
