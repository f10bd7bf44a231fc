using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Admin;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Admin;

/// <summary>The admin endpoints answer only admins, and manage catalog and stock through the ledger.</summary>
public sealed class AdminEndpointsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "POST", "api/inventory/admin/categories" },
        { "POST", "api/inventory/admin/products" },
        { "PUT", $"api/inventory/admin/products/{Guid.NewGuid()}" },
        { "GET", $"api/inventory/admin/stock/{Guid.NewGuid()}" },
        { "POST", $"api/inventory/admin/stock/{Guid.NewGuid()}/receipts" },
        { "POST", $"api/inventory/admin/stock/{Guid.NewGuid()}/counts" },
        { "GET", $"api/inventory/admin/stock/{Guid.NewGuid()}/ledger" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Only_an_admin_may_call_the_admin_endpoints(string method, string path)
    {
        await using var shop = await StartAsync();
        await AssertOnlyAdminMayCallAsync(shop, method, path);

        using var admin = await SendAsync(shop.AdminClient, method, path);
        Assert.True((int)admin.StatusCode is 200 or 201 or 400 or 404, $"{method} {path} as admin: {admin.StatusCode}");
    }

    /// <summary>Anonymous gets 401; a customer and a service get 403 ProblemDetails.</summary>
    internal static async Task AssertOnlyAdminMayCallAsync(ShopServices shop, string method, string path)
    {
        using (var anonymous = await SendAsync(shop.Client, method, path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var customer = await SendAsync(shop.CustomerClient, method, path))
        {
            await ProblemAssert.IsProblemAsync(customer, HttpStatusCode.Forbidden);
        }

        using (var service = await SendAsync(shop.ServiceClient, method, path))
        {
            await ProblemAssert.IsProblemAsync(service, HttpStatusCode.Forbidden);
        }
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task An_admin_creates_products_and_moves_stock_through_the_ledger()
    {
        await using var shop = await StartAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var top = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("garden-" + tag, "Garden", null, 0));
        Assert.Equal(HttpStatusCode.Created, top.StatusCode);
        var topRef = (await top.Content.ReadFromJsonAsync<CategoryRef>(Json))!;
        using var sub = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("tools-" + tag, "Tools", topRef.Id, 0));
        var subRef = (await sub.Content.ReadFromJsonAsync<CategoryRef>(Json))!;
        using var third = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("deep-" + tag, "Too deep", subRef.Id, 0));
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.BadRequest);

        var request = new ProductRequest("SPADE-" + tag.ToUpperInvariant(), "spade-" + tag, "Steel Spade", "Digs.", 2_499, "EUR", "standard", subRef.Id,
            new Dictionary<string, string> { ["material"] = "Steel" }, null);
        using var created = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/products", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var product = (await created.Content.ReadFromJsonAsync<ProductDetail>(Json))!;
        Assert.Equal((0, false), (product.Available, product.InStock));
        using var duplicate = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/products", request);
        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.Conflict, "conflict");

        using var received = await shop.AdminClient.PostAsJsonAsync($"api/inventory/admin/stock/{product.Id}/receipts", new StockReceiptRequest(12, "delivery 4711"));
        Assert.Equal(12, (await received.Content.ReadFromJsonAsync<StockLevelView>(Json))!.OnHand);
        using var counted = await shop.AdminClient.PostAsJsonAsync($"api/inventory/admin/stock/{product.Id}/counts", new StockCountRequest(9, "three broken"));
        Assert.Equal(9, (await counted.Content.ReadFromJsonAsync<StockLevelView>(Json))!.OnHand);

        var ledger = (await shop.AdminClient.GetFromJsonAsync<List<StockLedgerEntry>>($"api/inventory/admin/stock/{product.Id}/ledger", Json))!;
        Assert.Equal([(-3, "three broken"), (12, "delivery 4711")], ledger.Select(e => (e.OnHandDelta, e.Reason)));
        // The actor is the signed-in admin's subject.
        Assert.All(ledger, e => Assert.True(Guid.TryParse(e.Actor, out _), e.Actor));

        var renamed = request with { Name = "Steel Garden Spade", PriceMinor = 2_999 };
        using var updated = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/products/{product.Id}", renamed);
        var detail = (await updated.Content.ReadFromJsonAsync<ProductDetail>(Json))!;
        Assert.Equal(("Steel Garden Spade", 2_999L, 9), (detail.Name, detail.PriceMinor, detail.Available));
    }

    [Fact]
    public async Task A_count_below_what_is_reserved_is_refused()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        using (await shop.ServiceClient.PutAsJsonAsync($"api/stock/reservations/{Guid.NewGuid()}", new ReserveRequest([new ReservationLine(product, 4)])))
        {
        }

        using var counted = await shop.AdminClient.PostAsJsonAsync($"api/inventory/admin/stock/{product}/counts", new StockCountRequest(3, "recount"));
        await ProblemAssert.IsProblemAsync(counted, HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [InlineData("categories", "{\"slug\":\"Not A Slug\",\"name\":\"x\"}")]
    [InlineData("categories", "{\"slug\":\"ok\",\"name\":\"\"}")]
    [InlineData("products", "{\"sku\":\"lower\",\"slug\":\"s\",\"name\":\"n\",\"priceMinor\":1,\"currency\":\"EUR\",\"taxClass\":\"standard\",\"categoryId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\"}")]
    [InlineData("products", "{\"sku\":\"A1\",\"slug\":\"s\",\"name\":\"n\",\"priceMinor\":-1,\"currency\":\"EUR\",\"taxClass\":\"standard\",\"categoryId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\"}")]
    [InlineData("products", "{\"sku\":\"A1\",\"slug\":\"s\",\"name\":\"n\",\"priceMinor\":1,\"currency\":\"euro\",\"taxClass\":\"standard\",\"categoryId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\"}")]
    [InlineData("products", "{\"sku\":\"A1\",\"slug\":\"s\",\"name\":\"n\",\"priceMinor\":1,\"currency\":\"EUR\",\"taxClass\":\"standard\",\"categoryId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\"}")]
    [InlineData("stock/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11/receipts", "{\"quantity\":0,\"reason\":\"x\"}")]
    [InlineData("stock/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11/receipts", "{\"quantity\":-5,\"reason\":\"x\"}")]
    [InlineData("stock/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11/receipts", "{\"quantity\":5}")]
    [InlineData("stock/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11/counts", "{\"countedOnHand\":-1,\"reason\":\"x\"}")]
    [InlineData("stock/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11/counts", "{\"countedOnHand\": ")]
    public async Task Bad_admin_requests_answer_400_problem_details(string path, string body)
    {
        await using var shop = await StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await shop.AdminClient.PostAsync(new Uri("api/inventory/admin/" + path, UriKind.Relative), content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stock_of_an_unknown_product_answers_404()
    {
        await using var shop = await StartAsync();
        using var receive = await shop.AdminClient.PostAsJsonAsync($"api/inventory/admin/stock/{Guid.NewGuid()}/receipts", new StockReceiptRequest(5, "delivery"));
        await ProblemAssert.IsProblemAsync(receive, HttpStatusCode.NotFound, "not-found");
        using var ledger = await shop.AdminClient.GetAsync(new Uri($"api/inventory/admin/stock/{Guid.NewGuid()}/ledger", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(ledger, HttpStatusCode.NotFound, "not-found");
    }

    private Task<ShopServices> StartAsync() =>
        ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = database.ConnectionString,
                ["Database:MigrateOnStartup"] = "true",
            });
}
