using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Orders.Tracking;
using Xunit;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>A signed-in caller of the orders API (a customer, support agent or admin).</summary>
public sealed class Shopper(OrdersApp app, string accessToken) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Client { get; } = app.NewClient(accessToken);

    public static async Task<Shopper> NewCustomerAsync(OrdersApp app) => new(app, await Tokens.NewCustomerAsync(app));

    public static async Task<Shopper> SupportAsync(OrdersApp app) => new(app, await Tokens.SupportAsync(app));

    public static async Task<Shopper> AdminAsync(OrdersApp app) => new(app, await Tokens.AdminAsync(app));

    /// <summary>A valid order body: two lines, addresses, one discount code, a test token.</summary>
    public static Dictionary<string, object?> ValidBody(Guid? product = null) => new()
    {
        ["lines"] = new object[] { new { productId = product ?? Guid.NewGuid(), quantity = 2 }, new { productId = Guid.NewGuid(), quantity = 1 } },
        ["shippingAddress"] = Address(),
        ["billingAddress"] = Address(),
        ["discountCodes"] = new[] { "WELCOME10" },
        ["paymentToken"] = "tok_visa",
    };

    public static Dictionary<string, object?> Address(string country = "de", string name = "Ada Lovelace") => new()
    {
        ["name"] = name,
        ["line1"] = "Hauptstraße 1",
        ["line2"] = null,
        ["postalCode"] = "10115",
        ["city"] = "Berlin",
        ["country"] = country,
    };

    public async Task<HttpResponseMessage> SubmitAsync(object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Places a valid order and returns its id (from the Location header).</summary>
    public async Task<Guid> PlaceAsync(Dictionary<string, object?>? body = null)
    {
        using var response = await SubmitAsync(body ?? ValidBody(), Guid.NewGuid().ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public async Task<OrderView> OrderAsync(Guid id)
    {
        using var response = await Client.GetAsync(new Uri($"api/orders/{id}", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<OrderView>(Json))!;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        Client.PostAsync(new Uri(path, UriKind.Relative), JsonContent.Create(body ?? new { }));

    public void Dispose() => Client.Dispose();
}
