using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace K8sShop.Payments.Tests.Webhooks;

/// <summary>Signs a payload as Stripe does: <c>t={unix},v1=hex(HMAC-SHA256(secret, "{t}.{payload}"))</c>.</summary>
public static class StripeSigning
{
    public static string Header(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + payload));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A Stripe event about a PaymentIntent, shaped as in Stripe's API reference.</summary>
    public static string PaymentIntentEvent(string eventId, string type, string intentId, Guid orderId, string status, string? errorCode = null, string? declineCode = null) => $$"""
        {
          "id": "{{eventId}}",
          "object": "event",
          "api_version": "2024-06-20",
          "created": 1680800505,
          "data": {
            "object": {{Providers.StripeResponses.PaymentIntent(intentId, orderId, 2_500, status, errorCode, declineCode)}}
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": { "id": "req_BW2Kw9sPflsE2X", "idempotency_key": "{{orderId}}" },
          "type": "{{type}}"
        }
        """;
}
