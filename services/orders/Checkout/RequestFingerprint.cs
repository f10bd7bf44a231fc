using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace K8sShop.Orders.Checkout;

/// <summary>A hash of the submitted request, so a replay under the same Idempotency-Key can be told from a different order.</summary>
public static class RequestFingerprint
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);

    public static string Of(SubmitOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Canonical))));
}
