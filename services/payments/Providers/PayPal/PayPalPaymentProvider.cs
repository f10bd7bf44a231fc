using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace K8sShop.Payments.Providers.PayPal;

/// <summary>
/// PayPal through its REST API: Orders v2 create (with the shopper's vaulted PayPal payment method as the token)
/// and capture, and capture refunds. Every POST carries a <c>PayPal-Request-Id</c>, PayPal's idempotency key.
/// </summary>
public sealed class PayPalPaymentProvider(IHttpClientFactory httpClients, PayPalSettings settings, PayPalAccessToken accessToken) : IPaymentProvider
{
    public const string ProviderName = "paypal";

    /// <summary>The named <see cref="HttpClient"/> for PayPal (tests give it a recorded-response handler).</summary>
    public const string HttpClientName = "paypal";

    public string Name => ProviderName;

    public async Task<ProviderResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = httpClients.CreateClient(HttpClientName);
        var order = new JsonObject
        {
            ["intent"] = "CAPTURE",
            ["purchase_units"] = new JsonArray(new JsonObject
            {
                ["reference_id"] = request.OrderId.ToString(),
                ["custom_id"] = request.OrderId.ToString(),
                ["amount"] = Amount(request.AmountMinor, request.Currency),
            }),
            ["payment_source"] = new JsonObject { ["paypal"] = new JsonObject { ["vault_id"] = request.PaymentToken } },
        };
        var created = await PostAsync(http, "/v2/checkout/orders", order, request.IdempotencyKey, cancellationToken);
        if (created.Failure is not null)
        {
            return created.Failure;
        }

        var status = created.Body?["status"]?.GetValue<string>();
        var orderId = created.Body?["id"]?.GetValue<string>();
        if (status == "COMPLETED")
        {
            return FromCapture(created.Body!, created.DebugId);
        }

        if (status != "APPROVED" || orderId is null)
        {
            return ProviderResult.Refused(ShopperReasons.PayPalDeclined, status ?? "no_status", created.DebugId);
        }

        var captured = await PostAsync(http, $"/v2/checkout/orders/{Uri.EscapeDataString(orderId)}/capture", new JsonObject(), request.IdempotencyKey + "-capture", cancellationToken);
        return captured.Failure ?? FromCapture(captured.Body!, captured.DebugId);
    }

    public async Task<ProviderResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = httpClients.CreateClient(HttpClientName);
        var body = new JsonObject { ["amount"] = Amount(request.AmountMinor, request.Currency), ["invoice_id"] = request.OrderId.ToString() };
        var answer = await PostAsync(http, $"/v2/payments/captures/{Uri.EscapeDataString(request.PaymentReference)}/refund", body, request.IdempotencyKey, cancellationToken);
        if (answer.Failure is not null)
        {
            return answer.Failure.Outcome == ProviderOutcome.Refused ? answer.Failure with { Reason = ShopperReasons.RefundRefused } : answer.Failure;
        }

        var status = answer.Body?["status"]?.GetValue<string>();
        var id = answer.Body?["id"]?.GetValue<string>();
        return status is "COMPLETED" or "PENDING" && id is not null
            ? ProviderResult.Succeeded(id, answer.DebugId)
            : ProviderResult.Refused(ShopperReasons.RefundRefused, status ?? "no_status", answer.DebugId);
    }

    internal static string? DebugId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("PayPal-Debug-Id", out var values) ? values.FirstOrDefault() : null;

    private static JsonObject Amount(long amountMinor, string currency) => new()
    {
        ["currency_code"] = currency.ToUpperInvariant(),
        ["value"] = PayPalAmount.Format(amountMinor, currency),
    };

    private static ProviderResult FromCapture(JsonNode order, string? debugId)
    {
        var capture = order["purchase_units"]?[0]?["payments"]?["captures"]?[0];
        var status = capture?["status"]?.GetValue<string>();
        var id = capture?["id"]?.GetValue<string>();
        return status == "COMPLETED" && id is not null
            ? ProviderResult.Succeeded(id, debugId)
            : ProviderResult.Refused(ShopperReasons.PayPalDeclined, status ?? "no_capture", debugId);
    }

    private async Task<Answer> PostAsync(HttpClient http, string path, JsonObject body, string requestId, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await accessToken.GetAsync(http, cancellationToken);
        }
        catch (PayPalUnavailableException ex)
        {
            return new Answer(null, ex.DebugId, ProviderResult.Transient(ShopperReasons.ProviderUnavailable, "oauth_" + ex.Status, ex.DebugId));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("PayPal-Request-Id", requestId);
        request.Headers.Add("Prefer", "return=representation");
        using var response = await http.SendAsync(request, cancellationToken);
        var debugId = DebugId(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = text.Length == 0 ? null : JsonNode.Parse(text);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new Answer(json, debugId, null);
        }

        if (status is >= 500 or 429 or 408)
        {
            return new Answer(json, debugId, ProviderResult.Transient(ShopperReasons.ProviderUnavailable, json?["name"]?.GetValue<string>() ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), debugId));
        }

        var issue = json?["details"]?[0]?["issue"]?.GetValue<string>() ?? json?["name"]?.GetValue<string>() ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Answer(json, debugId, ProviderResult.Refused(ShopperReasons.PayPalDeclined, issue, debugId));
    }

    private sealed record Answer(JsonNode? Body, string? DebugId, ProviderResult? Failure);
}
