using System.Text.Json;

namespace K8sShop.Payments.Webhooks;

/// <summary>The parts of a Stripe event (<c>{"id":"evt_...","type":...,"data":{"object":{...}}}</c>) the shop acts on.</summary>
public sealed record StripeEvent(string Id, string Type, string? ObjectId, Guid? OrderId, string? ErrorCode, string? DeclineCode)
{
    /// <summary>Null when the payload is not a Stripe event.</summary>
    public static StripeEvent? Parse(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "object") != "event"
                || Text(root, "id") is not { Length: > 0 and <= 128 } id
                || Text(root, "type") is not { Length: > 0 and <= 100 } type)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var d) && d.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.Object ? o : (JsonElement?)null;
            var objectId = data is { } obj ? Text(obj, "id") : null;
            Guid? orderId = data is { } m && m.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && Guid.TryParse(Text(metadata, "order_id"), out var parsed) ? parsed : null;
            var error = data is { } e && e.TryGetProperty("last_payment_error", out var lastError) && lastError.ValueKind == JsonValueKind.Object ? lastError : (JsonElement?)null;
            return new StripeEvent(id, type, objectId, orderId, error is { } c ? Text(c, "code") : null, error is { } dc ? Text(dc, "decline_code") : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
