using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Seeding;
using Xunit;

namespace K8sShop.Catalog.Tests.Seeding;

/// <summary>The demo catalog: deterministic, big enough, varied, seeded once and never in Production unless asked.</summary>
public sealed class CatalogSeedTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_seed_is_the_same_every_time_and_varied()
    {
        var first = CatalogSeed.Generate();
        var second = CatalogSeed.Generate();
        Assert.Equal(first.Products.Select(p => (p.Id, p.Sku, p.Name, p.PriceMinor)), second.Products.Select(p => (p.Id, p.Sku, p.Name, p.PriceMinor)));
        Assert.Equal(first.Levels.Select(l => l.OnHand), second.Levels.Select(l => l.OnHand));

        Assert.True(first.Categories.Count(c => c.ParentId is null) >= 6);
        Assert.All(first.Categories.Where(c => c.ParentId is null), top => Assert.Contains(first.Categories, c => c.ParentId == top.Id));
        Assert.True(first.Products.Count >= 200);
        Assert.Contains(first.Levels, l => l.OnHand == 0);
        Assert.True(first.Levels.Count(l => l.OnHand > 0) > first.Products.Count / 2);
        Assert.True(first.Products.Select(p => p.PriceMinor).Distinct().Count() > 100);
        Assert.Equal(first.Products.Count, first.Products.Select(p => p.Slug).Distinct().Count());
        Assert.True(first.Attributes.Select(a => a.Name).Distinct().Count() >= 8);
    }

    [Fact]
    public async Task The_embedded_mode_serves_the_seeded_catalog_with_pictures_and_seeds_it_once()
    {
        using var file = new SqliteFile();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:inventory"] = file.ConnectionString, [CatalogSeeder.Switch] = "true" };
        for (var run = 0; run < 2; run++)
        {
            await using var shop = await ShopServices.StartAsync(settings);
            var page = (await shop.Client.GetFromJsonAsync<ProductPage>("api/catalog/products?pageSize=100", Json))!;
            Assert.True(page.Total >= 200 - 10, $"{page.Total} active products");
            var tree = (await shop.Client.GetFromJsonAsync<List<CategoryNode>>("api/catalog/categories", Json))!;
            Assert.Equal(6, tree.Count);
            Assert.All(tree, top => Assert.Equal(3, top.Children.Count));

            using var picture = await shop.Client.GetAsync(new Uri(page.Items[0].ImageUrl.TrimStart('/'), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal("image/svg+xml", picture.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await picture.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Production_is_not_seeded_unless_asked()
    {
        using var file = new SqliteFile();
        await using var shop = await ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = file.ConnectionString,
                [CatalogSeeder.Switch] = "true",
                ["Database:MigrateOnStartup"] = "true",
            },
            environment: "Production");
        var page = (await shop.Client.GetFromJsonAsync<ProductPage>("api/catalog/products", Json))!;
        Assert.Equal(0, page.Total);
    }
}
