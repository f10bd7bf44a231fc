using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.ServiceDefaults.Http;
using K8sShop.Contracts.Ordering;

namespace K8sShop.Stockcheck.Inventory;

/// <summary>
/// Inventory's internal stock API over the named client <c>inventory</c> (<c>http://inventory</c>, resolved
/// by service discovery, with the standard resilience handler). Every call here is idempotent (the reservation
/// is a PUT; lookups change nothing; release, commit and return are idempotent by order id), so the POSTs are
/// marked so and retried too.
/// Unexpected answers throw, so the bus retries the message later.
/// </summary>
public sealed class InventoryClient(IHttpClientFactory clients)
{
    public const string Name = "inventory";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Client => clients.CreateClient(Name);

    public async Task<IReadOnlyList<InventoryProduct>> LookupAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/stock/lookup", UriKind.Relative)) { Content = JsonContent.Create(new { productIds }, options: Json) }.MarkIdempotent();
        using var response = await Client.SendAsync(message, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<LookupAnswer>(Json, cancellationToken);
        return body?.Items ?? [];
    }

    /// <returns>Done, or Insufficient with the short lines.</returns>
    public async Task<(InventoryAnswer Answer, IReadOnlyList<InventoryShortfall> Shortfalls)> ReserveAsync(
        Guid orderId, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken)
    {
        using var response = await Client.PutAsJsonAsync(new Uri($"/api/stock/reservations/{orderId}", UriKind.Relative), new { lines }, Json, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return (InventoryAnswer.Done, []);
        }

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var problem = await response.Content.ReadFromJsonAsync<ShortfallProblem>(Json, cancellationToken);
            if (problem?.Lines is { Count: > 0 } shortfalls)
            {
                return (InventoryAnswer.Insufficient, shortfalls);
            }

            return (InventoryAnswer.Conflict, []);
        }

        throw new HttpRequestException($"Inventory answered {(int)response.StatusCode} to the reservation of order {orderId}.", null, response.StatusCode);
    }

    public Task<InventoryAnswer> ReleaseAsync(Guid orderId, CancellationToken cancellationToken) => TransitionAsync(orderId, "release", cancellationToken);

    public Task<InventoryAnswer> ReturnAsync(Guid orderId, CancellationToken cancellationToken) => TransitionAsync(orderId, "return", cancellationToken);

    public Task<InventoryAnswer> CommitAsync(Guid orderId, CancellationToken cancellationToken) => TransitionAsync(orderId, "commit", cancellationToken);

    private async Task<InventoryAnswer> TransitionAsync(Guid orderId, string action, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/stock/reservations/{orderId}/{action}", UriKind.Relative)).MarkIdempotent();
        using var response = await Client.SendAsync(message, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => InventoryAnswer.Done,
            HttpStatusCode.NotFound => InventoryAnswer.NotFound,
            HttpStatusCode.Conflict => InventoryAnswer.Conflict,
            _ => throw new HttpRequestException($"Inventory answered {(int)response.StatusCode} to {action} of order {orderId}.", null, response.StatusCode),
        };
    }

    private sealed record LookupAnswer(List<InventoryProduct>? Items);

    private sealed record ShortfallProblem(List<InventoryShortfall>? Lines);
}
