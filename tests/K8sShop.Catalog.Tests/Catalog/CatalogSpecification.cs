using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>The catalog read API on one engine: filters, search, sort, paging, details, caching and bad input.</summary>
public abstract class CatalogSpecification
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected abstract string ConnectionString { get; }

    [Fact]
    public async Task A_category_lists_its_own_and_its_sub_categories_active_products()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);

        var top = await PageAsync(shop, $"category={data.TopSlug}&sort=name");
        Assert.Equal(["Azure Rain Jacket", "Crimson Trail Jacket", "Crimson Wool Scarf"], top.Items.Select(i => i.Name));
        Assert.Equal(3, top.Total);
        var sub = await PageAsync(shop, $"category={data.JacketsSlug}");
        Assert.Equal("Crimson Trail Jacket", Assert.Single(sub.Items).Name);
    }

    [Fact]
    public async Task An_unknown_category_answers_404()
    {
        await using var shop = await StartAsync();
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/products?category=no-such-category", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Price_attribute_and_stock_filters_narrow_the_list()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);

        Assert.Equal(["Crimson Trail Jacket"], (await PageAsync(shop, $"category={data.TopSlug}&minPrice=3000&maxPrice=6000")).Items.Select(i => i.Name));
        Assert.Equal(["Crimson Trail Jacket", "Crimson Wool Scarf"], (await PageAsync(shop, $"category={data.TopSlug}&attr.colour=RED&sort=name")).Items.Select(i => i.Name));
        Assert.Equal(
            ["Azure Rain Jacket", "Crimson Trail Jacket"],
            (await PageAsync(shop, $"category={data.TopSlug}&attr.colour=red,blue&attr.brand=acme&sort=name")).Items.Select(i => i.Name));
        var inStock = await PageAsync(shop, $"category={data.TopSlug}&inStock=true&sort=name");
        Assert.Equal(["Crimson Trail Jacket", "Crimson Wool Scarf"], inStock.Items.Select(i => i.Name));
        Assert.All(inStock.Items, i => Assert.True(i.InStock && i.Available > 0));
    }

    [Theory]
    [InlineData("jacket", new[] { "Azure Rain Jacket", "Crimson Trail Jacket", "Crimson Wool Scarf" })]
    [InlineData("crimson", new[] { "Crimson Trail Jacket", "Crimson Wool Scarf" })]
    [InlineData("crims", new[] { "Crimson Trail Jacket", "Crimson Wool Scarf" })]
    [InlineData("wool scarf", new[] { "Crimson Wool Scarf" })]
    [InlineData("waterproof", new[] { "Azure Rain Jacket" })]
    [InlineData("nothing-like-this", new string[0])]
    public async Task Text_search_finds_words_of_names_and_descriptions(string text, string[] expected)
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var page = await PageAsync(shop, $"category={data.TopSlug}&q={Uri.EscapeDataString(text)}&sort=name");
        Assert.Equal(expected, page.Items.Select(i => i.Name));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task Relevance_puts_name_matches_before_description_matches()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var page = await PageAsync(shop, $"category={data.TopSlug}&q=scarf");
        Assert.Equal("Crimson Wool Scarf", page.Items[0].Name);
    }

    [Theory]
    [InlineData("price", new[] { "Crimson Wool Scarf", "Crimson Trail Jacket", "Azure Rain Jacket" })]
    [InlineData("price-desc", new[] { "Azure Rain Jacket", "Crimson Trail Jacket", "Crimson Wool Scarf" })]
    [InlineData("newest", new[] { "Crimson Wool Scarf", "Azure Rain Jacket", "Crimson Trail Jacket" })]
    [InlineData("name", new[] { "Azure Rain Jacket", "Crimson Trail Jacket", "Crimson Wool Scarf" })]
    public async Task Products_sort_by_price_newest_and_name(string sort, string[] expected)
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        Assert.Equal(expected, (await PageAsync(shop, $"category={data.TopSlug}&sort={sort}")).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Pages_hold_page_size_items_and_the_total_counts_every_match()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var second = await PageAsync(shop, $"category={data.TopSlug}&sort=name&page=2&pageSize=2");
        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["Crimson Wool Scarf"], second.Items.Select(i => i.Name));
        Assert.Empty((await PageAsync(shop, $"category={data.TopSlug}&page=3&pageSize=2")).Items);
    }

    [Theory]
    [InlineData("pageSize=101")]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("minPrice=-1")]
    [InlineData("minPrice=500&maxPrice=100")]
    [InlineData("maxPrice=1e9")]
    [InlineData("sort=cheapest")]
    [InlineData("inStock=maybe")]
    [InlineData("attr.=red")]
    [InlineData("page=1&page=2")]
    public async Task Bad_list_queries_answer_400_problem_details(string query)
    {
        await using var shop = await StartAsync();
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/products?" + query, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_huge_search_text_answers_400()
    {
        await using var shop = await StartAsync();
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/products?q=" + new string('x', 5_000), UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_product_reads_by_id_and_by_slug_with_its_availability()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);

        var byId = await shop.Client.GetFromJsonAsync<ProductDetail>(new Uri($"api/catalog/products/{data.TrailJacket}", UriKind.Relative), Json);
        Assert.NotNull(byId);
        Assert.Equal(("Crimson Trail Jacket", 5, true, 5_000L), (byId.Name, byId.Available, byId.InStock, byId.PriceMinor));
        Assert.Equal(data.JacketsSlug, byId.Category.Slug);
        Assert.Equal(data.TopSlug, byId.ParentCategory?.Slug);
        Assert.Equal("Red", byId.Attributes["colour"]);
        var bySlug = await shop.Client.GetFromJsonAsync<ProductDetail>(new Uri($"api/catalog/products/by-slug/{byId.Slug}", UriKind.Relative), Json);
        Assert.Equal(byId.Id, bySlug?.Id);
    }

    [Fact]
    public async Task Unknown_and_inactive_products_answer_404()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        foreach (var path in new[] { $"api/catalog/products/{Guid.NewGuid()}", $"api/catalog/products/{data.Hidden}", "api/catalog/products/by-slug/no-such-slug", "api/catalog/products/by-slug/" + new string('s', 300) })
        {
            using var response = await shop.Client.GetAsync(new Uri(path, UriKind.Relative));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        }
    }

    [Fact]
    public async Task Reads_carry_an_etag_and_answer_304_when_it_still_matches()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var path = new Uri($"api/catalog/products?category={data.TopSlug}", UriKind.Relative);
        using var first = await shop.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await shop.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        // A stock change changes the answer, and so its tag.
        await CatalogRows.AddProductAsync(shop.Services, data.TopId, onHand: 1, name: "Late Arrival");
        using var changed = new HttpRequestMessage(HttpMethod.Get, path);
        changed.Headers.IfNoneMatch.Add(etag);
        using var third = await shop.Client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(etag, third.Headers.ETag);
    }

    [Fact]
    public async Task The_category_tree_has_two_levels()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/categories", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Kept by caches but revalidated on every use, so an admin's change shows at once (CategoryDeactivationTests).
        Assert.True(response.Headers.CacheControl is { Public: true, NoCache: true }, response.Headers.CacheControl?.ToString());
        var tree = await response.Content.ReadFromJsonAsync<List<CategoryNode>>(Json);
        var top = Assert.Single(tree!, c => c.Slug == data.TopSlug);
        Assert.Equal([data.JacketsSlug, data.RainSlug], top.Children.Select(c => c.Slug).Order());
        Assert.All(top.Children, c => Assert.Empty(c.Children));
    }

    private async Task<ShopServices> StartAsync() =>
        await ShopServices.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:inventory"] = ConnectionString });

    /// <summary>One page of the public product list; anything but 200 fails with the answer's body.</summary>
    internal static async Task<ProductPage> PageAsync(ShopServices shop, string query)
    {
        using var response = await shop.Client.GetAsync(new Uri("api/catalog/products?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<ProductPage>(body, Json)!;
    }
}
