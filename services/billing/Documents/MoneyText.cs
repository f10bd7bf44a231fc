using System.Globalization;

namespace K8sShop.Billing.Documents;

/// <summary>Writes minor units as an amount with the currency's ISO 4217 number of decimals.</summary>
public static class MoneyText
{
    private static readonly Dictionary<string, int> ZeroOrThreeDecimals = new(StringComparer.Ordinal)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0, ["BHD"] = 3, ["KWD"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    public static string Format(long minor, string currency, CultureInfo culture)
    {
        var decimals = ZeroOrThreeDecimals.GetValueOrDefault(currency, 2);
        var amount = minor / (decimal)Math.Pow(10, decimals);
        return string.Create(culture, $"{amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture)} {currency}");
    }

    /// <summary>VAT rate in basis points as a percentage: 550 → "5.5 %".</summary>
    public static string Rate(int basisPoints, CultureInfo culture) =>
        string.Create(culture, $"{(basisPoints / 100m).ToString("0.##", culture)} %");
}
