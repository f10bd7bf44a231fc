using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck;
using K8sShop.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Catalog.Tests.Stockcheck;

/// <summary>The stock check end to end: real RabbitMQ, MariaDB for both services, inventory called over HTTP.</summary>
public sealed class StockcheckOverRabbitMqTests(StockcheckOverRabbitMqTests.Databases databases, TestVirtualHost vhost)
    : IClassFixture<StockcheckOverRabbitMqTests.Databases>, IClassFixture<TestVirtualHost>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_submitted_order_is_reserved_with_a_price_snapshot_then_committed_when_paid()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var mug = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10, name: "Mug", priceMinor: 1_250);
        var tea = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 4, name: "Tea", priceMinor: 499);
        var order = Guid.NewGuid();

        await PublishAsync(shop, new OrderSubmitted(order, Guid.NewGuid(), [new OrderLine(mug, 2), new OrderLine(tea, 4)], DateTimeOffset.UtcNow));

        var reserved = await AnswerAsync<StockReserved>(order);
        Assert.Equal([("Mug", 2, 1_250L, "EUR", "standard"), ("Tea", 4, 499L, "EUR", "standard")],
            reserved.Lines.Select(l => (l.Name, l.Quantity, l.UnitPriceMinor, l.Currency, l.TaxClass)));
        Assert.True(reserved.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(14));
        Assert.Equal((10, 2), await LevelAsync(shop, mug));
        Assert.Equal((4, 4), await LevelAsync(shop, tea));

        await PublishAsync(shop, new OrderPaid(order, Guid.NewGuid(), 4_496, "EUR", DateTimeOffset.UtcNow));
        Assert.Equal((8, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, mug), l => l == (8, 0), Patience));
        Assert.Equal((0, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, tea), l => l == (0, 0), Patience));
    }

    [Fact]
    public async Task An_order_with_a_short_line_is_rejected_with_a_reason_per_line_and_reserves_nothing()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var plenty = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10);
        var scarce = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 1);
        var order = Guid.NewGuid();

        await PublishAsync(shop, new OrderSubmitted(order, null, [new OrderLine(plenty, 1), new OrderLine(scarce, 3)], DateTimeOffset.UtcNow));

        var rejected = await AnswerAsync<StockRejected>(order);
        var line = Assert.Single(rejected.Lines);
        Assert.Equal((scarce, StockRejectionReasons.InsufficientStock, (int?)1), (line.ProductId, line.Reason, line.Available));
        Assert.Equal((10, 0), await LevelAsync(shop, plenty));
        Assert.Equal((1, 0), await LevelAsync(shop, scarce));
    }

    [Fact]
    public async Task Unknown_inactive_and_out_of_range_lines_are_rejected_each_with_its_reason()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var retired = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10, active: false);
        var fine = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 10);
        var unknown = Guid.NewGuid();

        var quantities = Guid.NewGuid();
        await PublishAsync(shop, new OrderSubmitted(quantities, null, [new OrderLine(fine, 0), new OrderLine(retired, 21)], DateTimeOffset.UtcNow));
        Assert.Equal(
            [StockRejectionReasons.QuantityOutOfRange, StockRejectionReasons.QuantityOutOfRange],
            (await AnswerAsync<StockRejected>(quantities)).Lines.Select(l => l.Reason));

        var products = Guid.NewGuid();
        await PublishAsync(shop, new OrderSubmitted(products, null, [new OrderLine(unknown, 1), new OrderLine(retired, 1), new OrderLine(fine, 1)], DateTimeOffset.UtcNow));
        var rejected = await AnswerAsync<StockRejected>(products);
        Assert.Equal(
            [(unknown, StockRejectionReasons.UnknownProduct), (retired, StockRejectionReasons.Inactive)],
            rejected.Lines.Select(l => (l.ProductId, l.Reason)));
        Assert.Equal((10, 0), await LevelAsync(shop, fine));
    }

    [Fact]
    public async Task Products_of_a_deactivated_category_are_still_reserved_with_their_categories_for_category_discounts()
    {
        await using var shop = await StartAsync();
        var top = await CatalogRows.AddCategoryAsync(shop.Services, "top-" + Guid.NewGuid().ToString("N")[..8]);
        var hidden = await CatalogRows.AddCategoryAsync(shop.Services, "hidden-" + Guid.NewGuid().ToString("N")[..8], top);
        var lamp = await CatalogRows.AddProductAsync(shop.Services, hidden, onHand: 3, name: "Lamp", priceMinor: 2_000);
        using (var deactivated = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/{top}/deactivate", UriKind.Relative), null))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, deactivated.StatusCode);
        }

        var order = Guid.NewGuid();
        await PublishAsync(shop, new OrderSubmitted(order, Guid.NewGuid(), [new OrderLine(lamp, 1)], DateTimeOffset.UtcNow));

        var line = Assert.Single((await AnswerAsync<StockReserved>(order)).Lines);
        Assert.Equal(("Lamp", 2_000L), (line.Name, line.UnitPriceMinor));
        Assert.Equal([hidden, top], line.CategoryIds);
        Assert.Equal((3, 1), await LevelAsync(shop, lamp));
    }

    [Fact]
    public async Task A_cancelled_order_releases_its_stock_and_a_resubmitted_order_gets_the_same_answer_once_reserved()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        var order = Guid.NewGuid();
        var submitted = new OrderSubmitted(order, null, [new OrderLine(product, 3)], DateTimeOffset.UtcNow);

        await PublishAsync(shop, submitted);
        await AnswerAsync<StockReserved>(order);
        await PublishAsync(shop, submitted); // a new message id for the same order
        await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<StockReserved>(order).Count), n => n >= 2, Patience);
        Assert.Equal((5, 3), await LevelAsync(shop, product));

        await PublishAsync(shop, new OrderCancelled(order, "changed my mind", DateTimeOffset.UtcNow));
        Assert.Equal((5, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, product), l => l == (5, 0), Patience));
    }

    [Fact]
    public async Task An_order_cancelled_after_payment_puts_its_units_back_on_hand_once()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        var order = Guid.NewGuid();
        await PublishAsync(shop, new OrderSubmitted(order, null, [new OrderLine(product, 3)], DateTimeOffset.UtcNow));
        await AnswerAsync<StockReserved>(order);
        await PublishAsync(shop, new OrderPaid(order, Guid.NewGuid(), 3_000, "EUR", DateTimeOffset.UtcNow));
        Assert.Equal((2, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, product), l => l == (2, 0), Patience));

        var cancelled = new OrderCancelled(order, "changed my mind", DateTimeOffset.UtcNow);
        await PublishAsync(shop, cancelled);
        await PublishAsync(shop, cancelled with { Reason = "asked twice" }); // a second message for the same order
        Assert.Equal((5, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, product), l => l == (5, 0), Patience));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal((5, 0), await LevelAsync(shop, product));
    }

    [Fact]
    public async Task A_failed_payment_releases_the_stock()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "c-" + Guid.NewGuid().ToString("N")[..8]);
        var product = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 5);
        var order = Guid.NewGuid();
        await PublishAsync(shop, new OrderSubmitted(order, null, [new OrderLine(product, 5)], DateTimeOffset.UtcNow));
        await AnswerAsync<StockReserved>(order);

        await PublishAsync(shop, new PaymentFailed(order, "card declined", DateTimeOffset.UtcNow));
        Assert.Equal((5, 0), await Eventually.ReachesAsync(() => LevelAsync(shop, product), l => l == (5, 0), Patience));
    }

    private async Task<ShopServices> StartAsync() =>
        await ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = databases.Inventory.ConnectionString,
                ["ConnectionStrings:stockcheck"] = databases.Stockcheck.ConnectionString,
                ["ConnectionStrings:rabbitmq"] = vhost.ConnectionString,
                ["Bus:Transport"] = "RabbitMq",
            },
            builder =>
            {
                builder.AddStockcheck();
                builder.AddMessageConsumer<SagaAnswers>();
            },
            app => app.MapStockcheck());

    private static async Task PublishAsync<T>(ShopServices shop, T message)
        where T : class =>
        await shop.Services.GetRequiredService<IBus>().Publish(message);

    private static async Task<T> AnswerAsync<T>(Guid order)
    {
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<T>(order)), a => a.Count > 0, Patience);
        return Assert.Single(answers);
    }

    private static async Task<(int OnHand, int Reserved)> LevelAsync(ShopServices shop, Guid product)
    {
        var level = (await shop.ServiceClient.GetFromJsonAsync<StockLevelView>(new Uri($"api/stock/{product}", UriKind.Relative), Json))!;
        return (level.OnHand, level.Reserved);
    }

    /// <summary>Two MariaDB databases: each service owns its own.</summary>
    public sealed class Databases : IAsyncLifetime
    {
        public TestDatabase Inventory { get; } = new();

        public TestDatabase Stockcheck { get; } = new();

        public async Task InitializeAsync()
        {
            await Inventory.InitializeAsync();
            await Stockcheck.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Inventory.DisposeAsync();
            await Stockcheck.DisposeAsync();
        }
    }
}
