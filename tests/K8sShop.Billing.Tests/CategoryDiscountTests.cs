using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Billing.Tests.Hosting;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>
/// A discount scoped to a category, through the real services: inventory knows the product's category, stockcheck
/// puts it on the reserved line, billing sends it to discounts when it prices the order (and the cart's quote).
/// </summary>
public sealed class CategoryDiscountTests(BillingWithNeighboursApp app) : IClassFixture<BillingWithNeighboursApp>
{
    [Fact]
    public async Task A_discount_on_a_top_level_category_applies_to_the_order_lines_of_its_sub_categories_only()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var books = await AddCategoryAsync("books-" + tag, null);
        var fiction = await AddCategoryAsync("fiction-" + tag, books);
        var toys = await AddCategoryAsync("toys-" + tag, null);
        var novel = await AddProductAsync(fiction, 2_000);
        var puzzle = await AddProductAsync(toys, 1_000);
        var code = await CreateCategoryCodeAsync(books, percentOff: 25);

        var order = Guid.NewGuid();
        var customer = Guid.NewGuid();
        await app.PublishAsync(new OrderSubmitted(order, customer, [new OrderLine(novel, 1), new OrderLine(puzzle, 1)], DateTimeOffset.UtcNow));
        var reserved = await Checkout.AnswerAsync<StockReserved>(order);
        Assert.Equal([fiction, books], reserved.Lines.Single(l => l.ProductId == novel).CategoryIds!);

        var address = Checkout.Address();
        await app.PublishAsync(new PriceOrder(order, customer, reserved.Lines, address, address, [code]));

        var priced = await Checkout.AnswerAsync<OrderPriced>(order);
        Assert.Equal((3_000L, 500L), (priced.SubtotalMinor, priced.DiscountMinor));
        Assert.Equal([code], priced.AppliedDiscountCodes);
    }

    [Fact]
    public async Task The_carts_quote_applies_a_category_discount_as_the_order_will()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var garden = await AddCategoryAsync("garden-" + tag, null);
        var tools = await AddCategoryAsync("tools-" + tag, garden);
        var spade = await AddProductAsync(tools, 4_000);
        var other = await AddProductAsync(await AddCategoryAsync("other-" + tag, null), 1_000);
        var code = await CreateCategoryCodeAsync(garden, percentOff: 10);

        using var client = app.NewClient();
        using var response = await client.PostAsJsonAsync("api/billing/quote", new
        {
            lines = new[] { new { productId = spade, quantity = 1 }, new { productId = other, quantity = 1 } },
            shippingCountry = "FR",
            discountCodes = new[] { code },
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var quote = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, quote.GetProperty("discountMinor").GetInt64());
        Assert.Equal(0, quote.GetProperty("refused").GetArrayLength());
    }

    private async Task<string> CreateCategoryCodeAsync(Guid category, int percentOff)
    {
        var code = "CAT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using var admin = app.NewClient(await app.AdminTokenAsync());
        using var created = await admin.PostAsJsonAsync("api/discounts/admin/discounts", new
        {
            code,
            name = $"{percentOff} % off a category",
            kind = "Percentage",
            percentOff,
            scope = "Categories",
            scopeIds = new[] { category },
            stackable = false,
            priority = 0,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return code;
    }

    private async Task<Guid> AddCategoryAsync(string slug, Guid? parent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var category = new Category { Id = Guid.NewGuid(), Slug = slug, Name = slug, ParentId = parent, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    /// <summary>A product of the category with ten units on hand, received through the stock ledger.</summary>
    private async Task<Guid> AddProductAsync(Guid category, long priceMinor)
    {
        var id = Guid.NewGuid();
        var sku = "C-" + id.ToString("N")[..12].ToUpperInvariant();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            db.Products.Add(new Product
            {
                Id = id, Sku = sku, Slug = sku.ToLowerInvariant(), Name = "Product " + sku, PriceMinor = priceMinor, Currency = "EUR",
                TaxClass = "standard", CategoryId = category, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            });
            db.StockLevels.Add(new StockLevel { ProductId = id, UpdatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StockKeeper>().ReceiveAsync(id, 10, "test", "initial stock", CancellationToken.None);
        }

        return id;
    }
}
