using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.ServiceDefaults.Http;

namespace K8sShop.Billing.Discounts;

/// <summary>
/// The discounts service over billing's named client (base address <c>http://discounts</c>, with billing's
/// service access token and the standard resilience handler). Any answer other than success throws
/// <see cref="HttpRequestException"/>: a quote then says the service is unavailable, and a saga step
/// lets the bus deliver its message again later instead of failing the order.
/// </summary>
public sealed class DiscountsClient(IHttpClientFactory clients)
{
    public const string Name = "billing-discounts";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the codes and promotions would give; reserves nothing.</summary>
    public Task<DiscountDecision> EvaluateAsync(DiscountRequest request, CancellationToken cancellationToken) =>
        SendAsync("/api/discounts/evaluate", request with { OrderId = null }, cancellationToken);

    /// <summary>Decides and reserves the discounts' usage for one order; idempotent by order id.</summary>
    public Task<DiscountDecision> ReserveAsync(Guid orderId, DiscountRequest request, CancellationToken cancellationToken) =>
        SendAsync("/api/discounts/reservations", request with { OrderId = orderId }, cancellationToken);

    private async Task<DiscountDecision> SendAsync(string path, DiscountRequest request, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(Name);
        // Evaluating changes nothing and reserving is idempotent by order id: both are safe to retry.
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(request, options: Json) }.MarkIdempotent();
        using var response = await client.SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The discounts service answered {(int)response.StatusCode} to {path}.", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<DiscountDecision>(Json, cancellationToken)
            ?? throw new HttpRequestException($"The discounts service answered {path} with an empty body.");
    }
}
