namespace K8sShop.Billing.Pricing;

/// <summary>
/// The product tax classes the catalog may name. Countries map each to a rate; France has all
/// three (20 %, 10 %, 5.5 %), countries with fewer distinct rates repeat one.
/// </summary>
public static class TaxClasses
{
    public const string Standard = "standard";
    public const string Intermediate = "intermediate";
    public const string Reduced = "reduced";

    public static IReadOnlyList<string> All { get; } = [Standard, Intermediate, Reduced];
}
