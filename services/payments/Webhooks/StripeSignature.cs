using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using K8sShop.Payments.Providers.Stripe;

namespace K8sShop.Payments.Webhooks;

/// <summary>
/// Checks a <c>Stripe-Signature</c> header (<c>t=timestamp,v1=hex,...</c>): HMAC-SHA256 with the endpoint's secret
/// over <c>"{t}.{payload}"</c>, compared in constant time, and the timestamp within the tolerance so that an old
/// delivery cannot be replayed.
/// </summary>
public sealed class StripeSignature(StripeSettings settings, TimeProvider clock)
{
    public SignatureCheck Check(string payload, string? header)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (string.IsNullOrWhiteSpace(header) || string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return SignatureCheck.Missing;
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                return SignatureCheck.Malformed;
            }

            if (pair[0] == "t" && long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (pair[0] == "v1" && pair[1].Length == 64 && IsHex(pair[1]))
            {
                signatures.Add(Convert.FromHexString(pair[1]));
            }
        }

        if (timestamp is null || signatures.Count == 0)
        {
            return SignatureCheck.Malformed;
        }

        var expected = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(settings.WebhookSecret),
            Encoding.UTF8.GetBytes(timestamp.Value.ToString(CultureInfo.InvariantCulture) + "." + payload));
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected)))
        {
            return SignatureCheck.Mismatch;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp.Value);
        return age.Duration() > settings.WebhookTolerance ? SignatureCheck.OutsideTolerance : SignatureCheck.Valid;
    }

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}
