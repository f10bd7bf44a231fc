using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using K8sShop.Inventory.Stock;
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
}
