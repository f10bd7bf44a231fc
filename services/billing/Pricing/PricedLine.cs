namespace K8sShop.Billing.Pricing;

/// <summary>A priced line: net before and after discounts, its VAT (rounded on this line), and its gross.</summary>
public sealed record PricedLine(
    Guid ProductId,
    int Quantity,
    long UnitNetMinor,
    string TaxClass,
    int TaxBasisPoints,
    long NetMinor,
    long DiscountMinor,
    long TaxMinor,
    long GrossMinor,
    string Description);
