using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>The calls every checkout scenario makes: place an order as the shopper, read stock as the admin.</summary>
public static class CheckoutCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Places an order shipped to Paris; answers its id from the 202's Location.</summary>
    public static async Task<Guid> PlaceAsync(HttpClient customer, Guid product, int quantity, string token, string[] codes)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var address = new { name = "Ada Lovelace", line1 = "1 rue de Rivoli", line2 = (string?)null, postalCode = "75001", city = "Paris", country = "FR" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders")
        {
            Content = JsonContent.Create(new
            {
                lines = new[] { new { productId = product, quantity } },
                shippingAddress = address,
                billingAddress = address,
                discountCodes = codes,
                paymentToken = token,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await customer.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().TrimEnd('/').Split('/')[^1]);
    }

    public static async Task<StockLevelView> LevelAsync(HttpClient admin, Guid product)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return (await admin.GetFromJsonAsync<StockLevelView>($"api/inventory/admin/stock/{product}", Json))!;
    }

    /// <summary>
    /// A product of the demo catalog with at least <paramref name="minimum"/> units (five spare) or, with
    /// <paramref name="fewerThan"/>, between the two; a random one, so tests sharing a catalog keep their stock counts apart.
    /// </summary>
    public static async Task<ProductSummary> InStockProductAsync(Uri inventory, int minimum, int fewerThan = int.MaxValue)
    {
        using var catalog = new HttpClient { BaseAddress = inventory };
        // The demo catalog is seeded in the background once inventory's schema is migrated.
        var page = await Eventually.ReachesAsync(
            async () => (await catalog.GetFromJsonAsync<ProductPage>("api/catalog/products?inStock=true&pageSize=100", Json))!,
            p => p.Items.Any(i => Fits(i)),
            Patience);
        var candidates = page.Items.Where(Fits).ToList();
        Assert.True(candidates.Count > 0, $"no product with {minimum} to {fewerThan} units in the demo catalog");
        return candidates[Math.Abs(Guid.NewGuid().GetHashCode()) % candidates.Count];

        bool Fits(ProductSummary item) => fewerThan == int.MaxValue ? item.Available >= minimum + 5 : item.Available >= minimum && item.Available < fewerThan;
    }
}
