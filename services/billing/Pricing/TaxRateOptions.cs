namespace K8sShop.Billing.Pricing;

/// <summary>
/// Configuration section <c>Billing</c>: rates that override or add to the defaults
/// (<c>Billing:TaxRates:FR:reduced=550</c>, basis points) and the zero-rated export countries.
/// </summary>
public sealed class TaxRateOptions
{
    public Dictionary<string, Dictionary<string, int>> TaxRates { get; set; } = [];

    /// <summary>Default: <see cref="DefaultTaxRates.ExportCountries"/>.</summary>
    public List<string>? ExportCountries { get; set; }
}
