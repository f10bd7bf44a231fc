using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck;
using K8sShop.Stockcheck.Reservations;
using K8sShop.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Stockcheck;

/// <summary>Reservation expiry driven by a fake clock (the embedded mode's SQLite and in-memory bus).</summary>
public sealed class ReservationExpiryTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task An_unpaid_reservation_is_released_after_fifteen_minutes_and_reported_exactly_once()
    {
        // The fake clock starts at the real time: the users service in this host issues the service tokens on it,
        // and the other services check their lifetimes against the real clock, so a fixed date would expire them.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var inventoryFile = new SqliteFile();
        using var stockcheckFile = new SqliteFile();
        await using var shop = await ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = inventoryFile.ConnectionString,
                ["ConnectionStrings:stockcheck"] = stockcheckFile.ConnectionString.Replace("inventory.db", "stockcheck.db", StringComparison.Ordinal),
            },
            builder =>
            {
                builder.AddStockcheck();
                builder.AddMessageConsumer<SagaAnswers>();
                builder.Services.AddSingleton<TimeProvider>(clock);
            },
            app => app.MapStockcheck());
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 6);
        var order = Guid.NewGuid();

        var submitted = clock.GetUtcNow();
        await shop.Services.GetRequiredService<IBus>().Publish(new OrderSubmitted(order, null, [new OrderLine(product, 4)], submitted));
        // The outbox polls on the same fake clock: nudge it a second at a time, far below the 15 minutes.
        var reserved = await Eventually.ReachesAsync(() => NudgedAsync(clock, () => SagaAnswers.Of<StockReserved>(order)), a => a.Count > 0, TimeSpan.FromSeconds(30));
        // Reserved at some nudge between submission and now: it expires fifteen minutes after that.
        Assert.InRange(Assert.Single(reserved).ExpiresAt, submitted.AddMinutes(15), clock.GetUtcNow().AddMinutes(15));
        Assert.Equal((6, 4), await LevelAsync(shop, product));
        Assert.Empty(SagaAnswers.Of<ReservationExpired>(order));

        clock.Advance(TimeSpan.FromMinutes(15));
        var expired = await Eventually.ReachesAsync(() => NudgedAsync(clock, () => SagaAnswers.Of<ReservationExpired>(order)), a => a.Count > 0, TimeSpan.FromSeconds(30));
        Assert.Equal((6, 0), await LevelAsync(shop, product));

        // Later rounds, and a second expiry racing the first, find nothing more to do.
        var expiry = shop.Services.GetRequiredService<ReservationExpiry>();
        var again = await Task.WhenAll(expiry.ExpireDueAsync(CancellationToken.None), expiry.ExpireDueAsync(CancellationToken.None));
        Assert.All(again, n => Assert.Equal(0, n));
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
        }

        Assert.Single(SagaAnswers.Of<ReservationExpired>(order));
        Assert.Single(expired);
        Assert.Equal((6, 0), await LevelAsync(shop, product));
    }

    private static async Task<T> NudgedAsync<T>(FakeTimeProvider clock, Func<T> probe)
    {
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        return probe();
    }

    private static async Task<(int OnHand, int Reserved)> LevelAsync(ShopServices shop, Guid product)
    {
        var level = (await shop.ServiceClient.GetFromJsonAsync<StockLevelView>(new Uri($"api/stock/{product}", UriKind.Relative), Json))!;
        return (level.OnHand, level.Reserved);
    }
}
