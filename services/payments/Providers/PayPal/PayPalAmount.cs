using System.Globalization;

namespace K8sShop.Payments.Providers.PayPal;

/// <summary>PayPal wants decimal strings ("12.34"); the shop keeps minor units. Three currencies PayPal takes have no minor unit.</summary>
public static class PayPalAmount
{
    private static readonly HashSet<string> WithoutDecimals = new(StringComparer.OrdinalIgnoreCase) { "JPY", "HUF", "TWD" };

    public static string Format(long amountMinor, string currency)
    {
        if (WithoutDecimals.Contains(currency))
        {
            return amountMinor.ToString(CultureInfo.InvariantCulture);
        }

        return (amountMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
