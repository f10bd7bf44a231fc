namespace K8sShop.Billing.Pricing;

/// <summary>
/// Rates by shipping country and tax class. Countries listed as export destinations are zero-rated
/// (goods leaving the EU); a country that is in neither list cannot be priced, rather than guessed.
/// </summary>
public sealed class TaxRateTable(IEnumerable<TaxRate> rates, IEnumerable<string> exportCountries)
{
    private readonly Dictionary<(string Country, string TaxClass), int> _rates =
        rates.ToDictionary(r => (r.Country.ToUpperInvariant(), r.TaxClass), r => r.BasisPoints);

    private readonly HashSet<string> _export = exportCountries.Select(c => c.ToUpperInvariant()).ToHashSet();

    private readonly HashSet<string> _countries = rates.Select(r => r.Country.ToUpperInvariant()).ToHashSet();

    public bool Knows(string country) =>
        _export.Contains(country.ToUpperInvariant()) || _countries.Contains(country.ToUpperInvariant());

    /// <returns>The rate in basis points, or null when the country or class is unknown.</returns>
    public int? BasisPointsFor(string country, string taxClass)
    {
        ArgumentNullException.ThrowIfNull(country);
        var key = country.ToUpperInvariant();
        if (_export.Contains(key))
        {
            return 0;
        }

        return _rates.TryGetValue((key, taxClass), out var basisPoints) ? basisPoints : null;
    }
}
