using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.ServiceDefaults.Http;

namespace K8sShop.Billing.Inventory;

/// <summary>
/// Inventory's product lookup over billing's own named client (base address <c>http://inventory</c>,
/// resolved by service discovery, with billing's service access token). The client is named after
/// billing so that, in the one-process host, stockcheck's client to the same service keeps its own token.
/// </summary>
public sealed class InventoryClient(IHttpClientFactory clients)
{
    public const string Name = "billing-inventory";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The products inventory knows among <paramref name="productIds"/>; unknown ids are simply absent.</summary>
    public async Task<IReadOnlyList<InventoryProduct>> LookupAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(Name);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/stock/lookup", UriKind.Relative)) { Content = JsonContent.Create(new { productIds }, options: Json) }.MarkIdempotent();
        using var response = await client.SendAsync(message, cancellationToken); // a lookup changes nothing
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<LookupAnswer>(Json, cancellationToken);
        return body?.Items ?? [];
    }

    private sealed record LookupAnswer(List<InventoryProduct>? Items);
}
