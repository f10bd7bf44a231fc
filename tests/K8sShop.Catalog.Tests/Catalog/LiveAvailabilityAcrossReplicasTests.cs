using System.Net.Http.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>Two inventory replicas on one MariaDB database and one RabbitMQ vhost, behind an imaginary load balancer.</summary>
public sealed class LiveAvailabilityAcrossReplicasTests(TestDatabase database, TestVirtualHost vhost)
    : IClassFixture<TestDatabase>, IClassFixture<TestVirtualHost>
{
    [Fact]
    public async Task A_shopper_watching_through_one_replica_sees_units_sold_through_the_other()
    {
        await using var first = await StartReplicaAsync();
        await using var second = await StartReplicaAsync();
        var category = await CatalogRows.AddCategoryAsync(first.Services, "replicas");
        var watched = await CatalogRows.AddProductAsync(first.Services, category, onHand: 4);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/catalog/availability?ids={watched}", UriKind.Relative));
        using var response = await first.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(4, (await AvailabilityEvents.NextEventAsync(reader)).Available);

        using (var reserved = await second.ServiceClient.PutAsJsonAsync($"api/stock/reservations/{Guid.NewGuid()}", new ReserveRequest([new ReservationLine(watched, 3)])))
        {
            reserved.EnsureSuccessStatusCode();
        }

        var change = await AvailabilityEvents.NextEventAsync(reader);
        Assert.Equal((watched, 1, true), (change.ProductId, change.Available, change.InStock));
    }

    private async Task<ShopServices> StartReplicaAsync() =>
        await ShopServices.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:inventory"] = database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = vhost.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
        });
}
