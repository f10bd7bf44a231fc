using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Catalog.Tests.Catalog;
using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Admin;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Admin;

/// <summary>
/// An admin deactivates and reactivates categories: shoppers lose the category's page and its
/// sub-categories, while its products stay on sale; the back-office still sees and marks it.
/// </summary>
public sealed class CategoryDeactivationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Only_an_admin_may_list_deactivate_and_reactivate_categories()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "who-" + Tag());
        foreach (var (method, path) in new[]
                 {
                     ("GET", "api/inventory/admin/categories"),
                     ("POST", $"api/inventory/admin/categories/{category}/deactivate"),
                     ("POST", $"api/inventory/admin/categories/{category}/reactivate"),
                 })
        {
            var visible = (await PublicTreeAsync(shop)).Any(c => c.Id == category);
            await AdminEndpointsTests.AssertOnlyAdminMayCallAsync(shop, method, path);

            // The refused callers changed nothing; the admin's call does what it says.
            Assert.Equal(visible, (await PublicTreeAsync(shop)).Any(c => c.Id == category));
            using var admin = await AdminEndpointsTests.SendAsync(shop.AdminClient, method, path);
            Assert.True(admin.StatusCode == HttpStatusCode.OK, $"{method} {path} as admin: {admin.StatusCode}");
            Assert.Equal(!path.EndsWith("/deactivate", StringComparison.Ordinal), (await PublicTreeAsync(shop)).Any(c => c.Id == category));
        }
    }

    [Fact]
    public async Task A_deactivated_category_and_its_sub_categories_leave_the_public_tree_and_their_lists_answer_404()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);

        var hidden = await DeactivateAsync(shop, data.TopId);
        Assert.Equal((false, false), (hidden.Active, hidden.Visible));
        Assert.All(hidden.Children, c => Assert.Equal((true, false), (c.Active, c.Visible)));

        Assert.DoesNotContain(await PublicTreeAsync(shop), c => c.Id == data.TopId);
        foreach (var slug in new[] { data.TopSlug, data.JacketsSlug, data.RainSlug, data.TopId.ToString() })
        {
            using var list = await shop.Client.GetAsync(new Uri($"api/catalog/products?category={slug}", UriKind.Relative));
            await ProblemAssert.IsProblemAsync(list, HttpStatusCode.NotFound, "not-found");
        }
    }

    [Fact]
    public async Task Products_of_a_deactivated_category_stay_searchable_and_buyable_but_are_not_listed_under_its_parent()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var jackets = (await AdminTreeAsync(shop)).Single(c => c.Id == data.TopId).Children.Single(c => c.Slug == data.JacketsSlug);

        await DeactivateAsync(shop, jackets.Id);

        // The parent stays, without the hidden sub-category and without its products.
        var top = (await PublicTreeAsync(shop)).Single(c => c.Id == data.TopId);
        Assert.Equal([data.RainSlug], top.Children.Select(c => c.Slug));
        var listed = await CatalogSpecification.PageAsync(shop, $"category={data.TopSlug}&sort=name");
        Assert.Equal(["Azure Rain Jacket", "Crimson Wool Scarf"], listed.Items.Select(i => i.Name));

        // Search and the product's own page still find it, and stockcheck (and billing) still get its categories.
        var found = await CatalogSpecification.PageAsync(shop, $"q={Uri.EscapeDataString("Crimson Trail")}");
        Assert.Contains(found.Items, i => i.Id == data.TrailJacket);
        var detail = (await shop.Client.GetFromJsonAsync<ProductDetail>(new Uri($"api/catalog/products/{data.TrailJacket}", UriKind.Relative), Json))!;
        Assert.Equal((5, data.JacketsSlug), (detail.Available, detail.Category.Slug));
        using var lookup = await shop.ServiceClient.PostAsJsonAsync("api/stock/lookup", new ProductLookupRequest([data.TrailJacket]));
        var snapshot = Assert.Single((await lookup.Content.ReadFromJsonAsync<ProductLookupResponse>(Json))!.Items);
        Assert.Equal((true, 5), (snapshot.Active, snapshot.Available));
        Assert.Equal([jackets.Id, data.TopId], snapshot.CategoryIds);
    }

    [Fact]
    public async Task Reactivating_a_category_brings_back_the_sub_categories_that_were_active()
    {
        await using var shop = await StartAsync();
        var data = await SampleCatalog.AddAsync(shop.Services);
        var rain = (await AdminTreeAsync(shop)).Single(c => c.Id == data.TopId).Children.Single(c => c.Slug == data.RainSlug);
        await DeactivateAsync(shop, rain.Id);
        await DeactivateAsync(shop, data.TopId);

        using var reactivated = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/{data.TopId}/reactivate", UriKind.Relative), null);
        var top = (await reactivated.Content.ReadFromJsonAsync<AdminCategory>(Json))!;
        Assert.Equal((true, true), (top.Active, top.Visible));

        // Rain was deactivated on its own, so it stays hidden; Jackets comes back with its parent.
        var tree = (await PublicTreeAsync(shop)).Single(c => c.Id == data.TopId);
        Assert.Equal([data.JacketsSlug], tree.Children.Select(c => c.Slug));
        Assert.Equal(["Crimson Trail Jacket", "Crimson Wool Scarf"], (await CatalogSpecification.PageAsync(shop, $"category={data.TopSlug}&sort=name")).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_sub_category_cannot_be_reactivated_while_its_parent_is_inactive()
    {
        await using var shop = await StartAsync();
        var top = await CatalogRows.AddCategoryAsync(shop.Services, "top-" + Tag());
        var child = await CatalogRows.AddCategoryAsync(shop.Services, "child-" + Tag(), top);
        await DeactivateAsync(shop, child);
        await DeactivateAsync(shop, top);

        using var refused = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/{child}/reactivate", UriKind.Relative), null);
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "category-parent-inactive");
        Assert.Equal(top, problem.GetProperty("parentId").GetGuid());
        Assert.False((await AdminTreeAsync(shop)).Single(c => c.Id == top).Children.Single().Active);
    }

    [Fact]
    public async Task Deactivating_twice_changes_nothing_and_answers_the_same()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "twice-" + Tag());
        var first = await DeactivateAsync(shop, category);
        var second = await DeactivateAsync(shop, category);
        Assert.Equal((first.Id, first.Active, first.Visible), (second.Id, second.Active, second.Visible));
        Assert.False(first.Active);
    }

    [Fact]
    public async Task The_admin_tree_shows_every_category_with_its_position_flag_and_visibility()
    {
        await using var shop = await StartAsync();
        var tag = Tag();
        using var created = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("shown-" + tag, "Shown", null, 4));
        var shown = (await created.Content.ReadFromJsonAsync<CategoryRef>(Json))!.Id;
        var retired = await CatalogRows.AddCategoryAsync(shop.Services, "retired-" + tag);
        var under = await CatalogRows.AddCategoryAsync(shop.Services, "under-" + tag, retired);
        await DeactivateAsync(shop, retired);

        var tree = await AdminTreeAsync(shop);
        var top = tree.Single(c => c.Id == shown);
        Assert.Equal((4, true, true, (Guid?)null), (top.SortOrder, top.Active, top.Visible, top.ParentId));
        var hidden = tree.Single(c => c.Id == retired);
        Assert.Equal((false, false), (hidden.Active, hidden.Visible));
        var child = Assert.Single(hidden.Children);
        Assert.Equal((under, (Guid?)retired, true, false), (child.Id, child.ParentId, child.Active, child.Visible));
    }

    [Fact]
    public async Task An_edit_without_a_position_keeps_it_and_one_with_a_position_moves_it()
    {
        await using var shop = await StartAsync();
        var tag = Tag();
        using var created = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("kept-" + tag, "Kept", null, 5));
        var id = (await created.Content.ReadFromJsonAsync<CategoryRef>(Json))!.Id;

        using (var renamed = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{id}", new { slug = "kept-" + tag, name = "Kept and renamed" }))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        var category = (await AdminTreeAsync(shop)).Single(c => c.Id == id);
        Assert.Equal(("Kept and renamed", 5), (category.Name, category.SortOrder));

        using (var moved = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{id}", new CategoryRequest("kept-" + tag, "Kept and renamed", null, 2)))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        Assert.Equal(2, (await AdminTreeAsync(shop)).Single(c => c.Id == id).SortOrder);
    }

    [Fact]
    public async Task A_deactivation_shows_at_once_because_the_tree_is_revalidated_through_its_etag()
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "fresh-" + Tag());
        using var before = await shop.Client.GetAsync(new Uri("api/catalog/categories", UriKind.Relative));
        Assert.True(before.Headers.CacheControl is { NoCache: true, Public: true, MaxAge: null }, before.Headers.CacheControl?.ToString());
        var etag = before.Headers.ETag!;

        using (var unchanged = new HttpRequestMessage(HttpMethod.Get, new Uri("api/catalog/categories", UriKind.Relative)))
        {
            unchanged.Headers.IfNoneMatch.Add(etag);
            using var notModified = await shop.Client.SendAsync(unchanged);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        await DeactivateAsync(shop, category);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri("api/catalog/categories", UriKind.Relative));
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var after = await shop.Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.DoesNotContain((await after.Content.ReadFromJsonAsync<List<CategoryNode>>(Json))!, c => c.Id == category);
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("reactivate")]
    public async Task Unknown_and_malformed_category_ids_answer_404_problem_details(string action)
    {
        await using var shop = await StartAsync();
        using var unknown = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/{Guid.NewGuid()}/{action}", UriKind.Relative), null);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
        using var malformed = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/not-a-guid/{action}", UriKind.Relative), null);
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData(1_000_001)]
    [InlineData(-1_000_001)]
    public async Task A_position_out_of_range_answers_400_on_the_field(int sortOrder)
    {
        await using var shop = await StartAsync();
        var category = await CatalogRows.AddCategoryAsync(shop.Services, "far-" + Tag());
        using var edited = await shop.AdminClient.PutAsJsonAsync($"api/inventory/admin/categories/{category}", new CategoryRequest("far-" + Tag(), "Far", null, sortOrder));
        await ProblemAssert.HasFieldErrorAsync(edited, "sortOrder");
        using var created = await shop.AdminClient.PostAsJsonAsync("api/inventory/admin/categories", new CategoryRequest("far-" + Tag(), "Far", null, sortOrder));
        await ProblemAssert.HasFieldErrorAsync(created, "sortOrder");
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<AdminCategory> DeactivateAsync(ShopServices shop, Guid id)
    {
        using var response = await shop.AdminClient.PostAsync(new Uri($"api/inventory/admin/categories/{id}/deactivate", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AdminCategory>(Json))!;
    }

    private static async Task<List<AdminCategory>> AdminTreeAsync(ShopServices shop) =>
        (await shop.AdminClient.GetFromJsonAsync<List<AdminCategory>>(new Uri("api/inventory/admin/categories", UriKind.Relative), Json))!;

    private static async Task<List<CategoryNode>> PublicTreeAsync(ShopServices shop) =>
        (await shop.Client.GetFromJsonAsync<List<CategoryNode>>(new Uri("api/catalog/categories", UriKind.Relative), Json))!;

    private Task<ShopServices> StartAsync() =>
        ShopServices.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:inventory"] = database.ConnectionString,
                ["Database:MigrateOnStartup"] = "true",
            });
}
