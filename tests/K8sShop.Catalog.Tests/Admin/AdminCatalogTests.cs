using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Admin;
using K8sShop.Inventory.Catalog;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Admin;

/// <summary>The back-office's reads (every product, inactive ones too) and category edits: admins only, bad input a 400.</summary>
public sealed class AdminCatalogTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task Only_an_admin_may_list_read_products_and_edit_categories()
    {
        await using var shop = await StartAsync();
        foreach (var (method, path) in new[]
                 {
                     ("GET", "api/inventory/admin/products"),
                     ("GET", $"api/inventory/admin/products/{Guid.NewGuid()}"),
                     ("PUT", $"api/inventory/admin/categories/{Guid.NewGuid()}"),
                 })
        {
            await AdminEndpointsTests.AssertOnlyAdminMayCallAsync(shop, method, path);

            using var admin = await AdminEndpointsTests.SendAsync(shop.AdminClient, method, path);
            Assert.True((int)admin.StatusCode is 200 or 400 or 404, $"{method} {path} as admin: {admin.StatusCode}");
        }
    }

    [Fact]
    public async Task The_admin_list_shows_inactive_products_with_their_stock_and_finds_them_by_name_or_sku()
    {
        await using var shop = await StartAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "adm-" + tag);
        var retired = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 7, name: $"Retired lamp {tag}", active: false);
        var sold = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 3, name: $"Sold lamp {tag}");

        var all = (await shop.AdminClient.GetFromJsonAsync<AdminProductPage>($"api/inventory/admin/products?q=lamp%20{tag}", Json))!;
        Assert.Equal(2, all.Total);
        var row = Assert.Single(all.Items, p => p.Id == retired);
        Assert.Equal((false, 7, 0, 7), (row.Active, row.OnHand, row.Reserved, row.Available));

        var inactive = (await shop.AdminClient.GetFromJsonAsync<AdminProductPage>($"api/inventory/admin/products?q={tag}&active=false", Json))!;
        Assert.Equal([retired], inactive.Items.Select(p => p.Id));

        var bySku = (await shop.AdminClient.GetFromJsonAsync<AdminProductPage>($"api/inventory/admin/products?q=T-{sold.ToString("N")[..12]}", Json))!;
        Assert.Equal([sold], bySku.Items.Select(p => p.Id));

        // The public catalog hides the inactive product; the admin still reads it to edit it.
        using (var hidden = await shop.Client.GetAsync(new Uri($"api/catalog/products/{retired}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var product = (await shop.AdminClient.GetFromJsonAsync<AdminProduct>($"api/inventory/admin/products/{retired}", Json))!;
        Assert.Equal(($"Retired lamp {tag}", false, category), (product.Name, product.Active, product.CategoryId));
    }

    [Fact]
    public async Task A_search_with_like_wildcards_matches_them_literally()
    {
        await using var shop = await StartAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "pct-" + tag);
        var discounted = await CatalogRows.AddProductAsync(shop.Services, category, onHand: 0, name: $"100% wool {tag}");
        await CatalogRows.AddProductAsync(shop.Services, category, onHand: 0, name: $"100 wool {tag}");

        var found = (await shop.AdminClient.GetFromJsonAsync<AdminProductPage>($"api/inventory/admin/products?q={Uri.EscapeDataString("100% wool " + tag)}", Json))!;
        Assert.Equal([discounted], found.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task An_admin_renames_and_moves_a_category_within_two_levels()
    {
        await using var shop = await StartAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var top = await CatalogRows.AddCategoryAsync(shop.Services, "top-" + tag);
        var other = await CatalogRows.AddCategoryAsync(shop.Services, "other-" + tag);
        var child = await CatalogRows.AddCategoryAsync(shop.Services, "child-" + tag, top);

        using var moved = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{child}", new CategoryRequest("lamps-" + tag, "Lamps", other, 3));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var tree = (await shop.Client.GetFromJsonAsync<List<CategoryNode>>("api/catalog/categories", Json))!;
        Assert.Equal("Lamps", Assert.Single(tree.Single(c => c.Id == other).Children).Name);
        Assert.Empty(tree.Single(c => c.Id == top).Children);

        // A category with sub-categories cannot go under another one: the tree keeps two levels.
        using var tooDeep = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{other}", new CategoryRequest("other-" + tag, "Other", top, 0));
        await ProblemAssert.HasFieldErrorAsync(tooDeep, "parentId");

        using var taken = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{top}", new CategoryRequest("lamps-" + tag, "Top", null, 0));
        await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [InlineData("GET", "products?page=0", null)]
    [InlineData("GET", "products?pageSize=101", null)]
    [InlineData("GET", "products?active=maybe", null)]
    [InlineData("PUT", "categories/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11", "{\"slug\":\"Not A Slug\",\"name\":\"x\"}")]
    [InlineData("PUT", "categories/9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11", "{\"slug\": ")]
    public async Task Bad_admin_catalog_requests_answer_400_problem_details(string method, string path, string? body)
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "bad-" + Guid.NewGuid().ToString("N")[..8]);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("api/inventory/admin/" + path.Replace("9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11", category.ToString(), StringComparison.Ordinal), UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await shop.AdminClient.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_products_and_categories_answer_404()
    {
        await using var shop = await StartAsync();
        using var product = await shop.AdminClient.GetAsync(new Uri($"api/inventory/admin/products/{Guid.NewGuid()}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(product, HttpStatusCode.NotFound, "not-found");
        using var category = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{Guid.NewGuid()}", new CategoryRequest("nowhere", "Nowhere", null, 0));
        await ProblemAssert.IsProblemAsync(category, HttpStatusCode.NotFound, "not-found");
    }

    private Task<ShopServices> StartAsync() =>
        ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = database.ConnectionString,
                ["Database:MigrateOnStartup"] = "true",
            });
}
