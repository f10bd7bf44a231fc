namespace K8sShop.Billing.Pricing;

/// <summary>A VAT rate in basis points (2000 = 20 %, 550 = 5.5 %) for one country and product tax class.</summary>
public sealed record TaxRate(string Country, string TaxClass, int BasisPoints)
{
    public const int Denominator = 10_000;
}
