using System.Net;
using System.Net.Http.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>The live availability stream (server-sent events) on SQLite.</summary>
public sealed class LiveAvailabilityTests
{
    [Fact]
    public async Task A_subscriber_gets_the_current_availability_then_each_change_of_its_products()
    {
        using var file = new SqliteFile();
        await using var shop = await ShopServices.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:inventory"] = file.ConnectionString });
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "live");
        var watched = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 3);
        var other = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 3);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/catalog/availability?ids={watched}", UriKind.Relative));
        using var response = await shop.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal((watched, 3, true), Fields(await AvailabilityEvents.NextEventAsync(reader)));

        using (await shop.ServiceClient.PutAsJsonAsync($"api/stock/reservations/{Guid.NewGuid()}", new ReserveRequest([new ReservationLine(other, 1)])))
        {
        }

        using (await shop.ServiceClient.PutAsJsonAsync($"api/stock/reservations/{Guid.NewGuid()}", new ReserveRequest([new ReservationLine(watched, 3)])))
        {
        }

        Assert.Equal((watched, 0, false), Fields(await AvailabilityEvents.NextEventAsync(reader)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?ids=")]
    [InlineData("?ids=not-a-guid")]
    public async Task A_stream_without_valid_ids_answers_400(string query)
    {
        using var file = new SqliteFile();
        await using var shop = await ShopServices.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:inventory"] = file.ConnectionString });
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/availability" + query, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static (Guid, int, bool) Fields(ProductAvailability a) => (a.ProductId, a.Available, a.InStock);
}
