namespace K8sShop.Billing.Pricing;

/// <summary>
/// VAT rates the shop starts with (2026), used to seed the <c>tax_rates</c> table when a rate is
/// missing there; configuration (<c>Billing:TaxRates:{country}:{class}</c> in basis points) overrides them.
/// </summary>
public static class DefaultTaxRates
{
    public static IReadOnlyList<TaxRate> Rates { get; } =
    [
        .. Country("FR", 2000, 1000, 550),
        .. Country("DE", 1900, 700, 700),
        .. Country("ES", 2100, 1000, 400),
        .. Country("IT", 2200, 1000, 400),
        .. Country("BE", 2100, 1200, 600),
        .. Country("NL", 2100, 900, 900),
    ];

    /// <summary>Destinations outside the EU VAT area: exports are zero-rated.</summary>
    public static IReadOnlyList<string> ExportCountries { get; } = ["US", "CA", "CH", "GB", "NO", "JP"];

    private static TaxRate[] Country(string country, int standard, int intermediate, int reduced) =>
    [
        new(country, TaxClasses.Standard, standard),
        new(country, TaxClasses.Intermediate, intermediate),
        new(country, TaxClasses.Reduced, reduced),
    ];
}
