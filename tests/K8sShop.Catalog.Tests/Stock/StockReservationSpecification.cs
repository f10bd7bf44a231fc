using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Catalog.Tests.Stock;

/// <summary>Reserve, release and commit through the HTTP API, the same on every engine.</summary>
public abstract class StockReservationSpecification
{
    protected abstract string ConnectionString { get; }

    [Fact]
    public async Task Two_hundred_concurrent_reservations_of_one_unit_against_fifty_sell_exactly_fifty()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 50);

        var lowest = int.MaxValue;
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                var level = await LevelAsync(shop, product);
                lowest = Math.Min(lowest, level.Available);
                await Task.Delay(5);
            }
        });

        var attempts = Enumerable.Range(0, 200).Select(_ => ReserveAsync(shop, Guid.NewGuid(), (product, 1))).ToList();
        var statuses = await Task.WhenAll(attempts.Select(async a =>
        {
            using var response = await a;
            return response.StatusCode;
        }));
        await watching.CancelAsync();
        await watcher;

        Assert.Equal(50, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(150, statuses.Count(s => s == HttpStatusCode.Conflict));
        var final = await LevelAsync(shop, product);
        Assert.Equal((50, 50, 0), (final.OnHand, final.Reserved, final.Available));
        Assert.True(lowest >= 0, $"available went down to {lowest}");
        await AssertLedgerBalancesAsync(shop, product);
    }

    [Fact]
    public async Task A_multi_line_order_with_one_short_line_reserves_nothing()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var plenty = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10);
        var scarce = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 1);
        var order = Guid.NewGuid();

        using var response = await ReserveAsync(shop, order, (plenty, 3), (scarce, 2));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "insufficient-stock");
        var shortLine = Assert.Single(problem.GetProperty("lines").EnumerateArray());
        Assert.Equal(scarce, shortLine.GetProperty("productId").GetGuid());
        Assert.Equal(1, shortLine.GetProperty("available").GetInt32());
        Assert.Equal(0, (await LevelAsync(shop, plenty)).Reserved);
        Assert.Equal(0, (await LevelAsync(shop, scarce)).Reserved);
        using var lookup = await shop.ServiceClient.GetAsync(new Uri($"api/stock/reservations/{order}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        await AssertLedgerBalancesAsync(shop, plenty, scarce);
    }

    [Fact]
    public async Task Repeating_reserve_and_commit_changes_nothing_the_second_time_and_release_after_commit_is_refused()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var first = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10);
        var second = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        var order = Guid.NewGuid();

        for (var i = 0; i < 2; i++)
        {
            using var reserved = await ReserveAsync(shop, order, (first, 4), (second, 5));
            Assert.Equal(HttpStatusCode.OK, reserved.StatusCode);
            Assert.Equal((10, 4), Pair(await LevelAsync(shop, first)));
            Assert.Equal((5, 5), Pair(await LevelAsync(shop, second)));
        }

        for (var i = 0; i < 2; i++)
        {
            using var committed = await PostAsync(shop, $"api/stock/reservations/{order}/commit");
            Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
            Assert.Equal((6, 0), Pair(await LevelAsync(shop, first)));
            Assert.Equal((0, 0), Pair(await LevelAsync(shop, second)));
        }

        using var release = await PostAsync(shop, $"api/stock/reservations/{order}/release");
        var problem = await ProblemAssert.IsProblemAsync(release, HttpStatusCode.Conflict, "reservation-conflict");
        Assert.Contains("committed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((6, 0), Pair(await LevelAsync(shop, first)));
        await AssertLedgerBalancesAsync(shop, first, second);
    }

    [Fact]
    public async Task A_sold_order_cancelled_before_shipping_returns_its_units_once_and_only_when_sold()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        var order = Guid.NewGuid();
        using (var reserved = await ReserveAsync(shop, order, (product, 2)))
        {
            Assert.Equal(HttpStatusCode.OK, reserved.StatusCode);
        }

        using (var early = await PostAsync(shop, $"api/stock/reservations/{order}/return"))
        {
            await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict, "reservation-conflict");
        }

        using (var committed = await PostAsync(shop, $"api/stock/reservations/{order}/commit"))
        {
            Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
            Assert.Equal((3, 0), Pair(await LevelAsync(shop, product)));
        }

        for (var i = 0; i < 2; i++)
        {
            using var returned = await PostAsync(shop, $"api/stock/reservations/{order}/return");
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
            Assert.Equal((5, 0), Pair(await LevelAsync(shop, product)));
        }

        using (var release = await PostAsync(shop, $"api/stock/reservations/{order}/release"))
        {
            await ProblemAssert.IsProblemAsync(release, HttpStatusCode.Conflict, "reservation-conflict");
        }

        using (var recommit = await PostAsync(shop, $"api/stock/reservations/{order}/commit"))
        {
            await ProblemAssert.IsProblemAsync(recommit, HttpStatusCode.Conflict, "reservation-conflict");
        }

        using (var unknown = await PostAsync(shop, $"api/stock/reservations/{Guid.NewGuid()}/return"))
        {
            await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
        }

        Assert.Equal((5, 0), Pair(await LevelAsync(shop, product)));
        await AssertLedgerBalancesAsync(shop, product);
    }

    [Fact]
    public async Task Repeating_a_release_changes_nothing_and_commit_after_release_is_refused()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 3);
        var order = Guid.NewGuid();
        using (var reserved = await ReserveAsync(shop, order, (product, 2)))
        {
            Assert.Equal(HttpStatusCode.OK, reserved.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            using var released = await PostAsync(shop, $"api/stock/reservations/{order}/release");
            Assert.Equal(HttpStatusCode.OK, released.StatusCode);
            Assert.Equal((3, 0), Pair(await LevelAsync(shop, product)));
        }

        using var commit = await PostAsync(shop, $"api/stock/reservations/{order}/commit");
        await ProblemAssert.IsProblemAsync(commit, HttpStatusCode.Conflict, "reservation-conflict");
        using var again = await ReserveAsync(shop, order, (product, 2));
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "reservation-conflict");
        Assert.Equal((3, 0), Pair(await LevelAsync(shop, product)));
        await AssertLedgerBalancesAsync(shop, product);
    }

    [Fact]
    public async Task Concurrent_duplicates_of_one_order_reserve_it_once()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 100);
        var order = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ReserveAsync(shop, order, (product, 3))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((100, 3), Pair(await LevelAsync(shop, product)));
        await AssertLedgerBalancesAsync(shop, product);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":0}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":-3}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":10001}]}")]
    [InlineData("{\"lines\":[]}")]
    [InlineData("{}")]
    [InlineData("{\"lines\":[{\"productId\":\"00000000-0000-0000-0000-000000000000\",\"quantity\":1}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1},{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"not-a-guid\",\"quantity\":1}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":99999999999}]}")]
    [InlineData("{\"lines\": ")]
    [InlineData("[1,2]")]
    public async Task Bad_reservation_requests_answer_400_problem_details(string body)
    {
        await using var shop = await StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await shop.ServiceClient.PutAsync(new Uri($"api/stock/reservations/{Guid.NewGuid()}", UriKind.Relative), content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_products_orders_and_ids_answer_4xx_problem_details()
    {
        await using var shop = await StartAsync();
        using (var reserve = await ReserveAsync(shop, Guid.NewGuid(), (Guid.NewGuid(), 1)))
        {
            var problem = await ProblemAssert.IsProblemAsync(reserve, HttpStatusCode.Conflict, "insufficient-stock");
            Assert.False(problem.GetProperty("lines")[0].GetProperty("knownProduct").GetBoolean());
        }

        using (var release = await PostAsync(shop, $"api/stock/reservations/{Guid.NewGuid()}/release"))
        {
            await ProblemAssert.IsProblemAsync(release, HttpStatusCode.NotFound, "not-found");
        }

        using (var commit = await PostAsync(shop, $"api/stock/reservations/{Guid.NewGuid()}/commit"))
        {
            await ProblemAssert.IsProblemAsync(commit, HttpStatusCode.NotFound, "not-found");
        }

        using (var level = await shop.ServiceClient.GetAsync(new Uri($"api/stock/{Guid.NewGuid()}", UriKind.Relative)))
        {
            await ProblemAssert.IsProblemAsync(level, HttpStatusCode.NotFound, "not-found");
        }

        using (var malformed = await shop.ServiceClient.GetAsync(new Uri("api/stock/not-a-guid", UriKind.Relative)))
        {
            await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.NotFound, "not-found");
        }

        using var huge = new StringContent("{\"productIds\":[\"" + new string('a', 2_000_000) + "\"]}", Encoding.UTF8, "application/json");
        // Expect: 100-continue lets the server refuse before the body is sent; without it the client may
        // still be writing when the server answers 413 and closes, and fail with a broken pipe.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/stock/lookup", UriKind.Relative)) { Content = huge };
        request.Headers.ExpectContinue = true;
        using var lookup = await shop.ServiceClient.SendAsync(request);
        await ProblemAssert.IsProblemAsync(lookup, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Only_services_may_call_the_stock_api()
    {
        await using var shop = await StartAsync();
        (string Method, string Path)[] endpoints =
        [
            ("GET", $"api/stock/{Guid.NewGuid()}"),
            ("POST", "api/stock/lookup"),
            ("PUT", $"api/stock/reservations/{Guid.NewGuid()}"),
            ("GET", $"api/stock/reservations/{Guid.NewGuid()}"),
            ("POST", $"api/stock/reservations/{Guid.NewGuid()}/release"),
            ("POST", $"api/stock/reservations/{Guid.NewGuid()}/commit"),
            ("POST", $"api/stock/reservations/{Guid.NewGuid()}/return"),
        ];
        foreach (var (method, path) in endpoints)
        {
            using (var anonymous = await Admin.AdminEndpointsTests.SendAsync(shop.Client, method, path))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            }

            using (var customer = await Admin.AdminEndpointsTests.SendAsync(shop.CustomerClient, method, path))
            {
                await ProblemAssert.IsProblemAsync(customer, HttpStatusCode.Forbidden);
            }

            using (var admin = await Admin.AdminEndpointsTests.SendAsync(shop.AdminClient, method, path))
            {
                await ProblemAssert.IsProblemAsync(admin, HttpStatusCode.Forbidden);
            }

            using var service = await Admin.AdminEndpointsTests.SendAsync(shop.ServiceClient, method, path);
            Assert.True((int)service.StatusCode is 200 or 400 or 404, $"{method} {path} as stockcheck: {service.StatusCode}");
        }
    }

    protected async Task<ShopServices> StartAsync() =>
        await ShopServices.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:inventory"] = ConnectionString });

    private static async Task<HttpResponseMessage> ReserveAsync(ShopServices shop, Guid order, params (Guid Product, int Quantity)[] lines) =>
        await shop.ServiceClient.PutAsJsonAsync(
            new Uri($"api/stock/reservations/{order}", UriKind.Relative),
            new ReserveRequest(lines.Select(l => new ReservationLine(l.Product, l.Quantity)).ToList()));

    private static async Task<HttpResponseMessage> PostAsync(ShopServices shop, string path) =>
        await shop.ServiceClient.PostAsync(new Uri(path, UriKind.Relative), null);

    private static (int OnHand, int Reserved) Pair(StockLevelView level) => (level.OnHand, level.Reserved);

    private static async Task<StockLevelView> LevelAsync(ShopServices shop, Guid product) =>
        (await shop.ServiceClient.GetFromJsonAsync<StockLevelView>(new Uri($"api/stock/{product}", UriKind.Relative), JsonOptions))!;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The ledger's deltas add up to the stock, and the reserved count to the open reservations.</summary>
    private static async Task AssertLedgerBalancesAsync(ShopServices shop, params Guid[] products)
    {
        await using var scope = shop.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        foreach (var product in products)
        {
            var level = await db.StockLevels.AsNoTracking().SingleAsync(s => s.ProductId == product);
            var entries = await db.StockLedger.AsNoTracking().Where(e => e.ProductId == product).ToListAsync();
            var open = await db.StockReservations.AsNoTracking().Where(r => r.ProductId == product && r.Status == ReservationStatus.Reserved).SumAsync(r => r.Quantity);
            Assert.Equal(level.OnHand, entries.Sum(e => e.OnHandDelta));
            Assert.Equal(level.Reserved, entries.Sum(e => e.ReservedDelta));
            Assert.Equal(level.Reserved, open);
            Assert.True(level.Reserved >= 0 && level.Reserved <= level.OnHand);
        }
    }
}
