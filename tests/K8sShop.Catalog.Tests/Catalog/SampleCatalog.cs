using K8sShop.Catalog.Tests.Hosting;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>A small known catalog under a category tree of its own, so tests sharing a database do not see each other.</summary>
public sealed record SampleCatalog(Guid TopId, string TopSlug, string JacketsSlug, string RainSlug, Guid TrailJacket, Guid RainJacket, Guid Scarf, Guid Hidden)
{
    public static async Task<SampleCatalog> AddAsync(IServiceProvider services)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var top = await CatalogRows.AddCategoryAsync(services, $"outdoor-{tag}");
        var jackets = await CatalogRows.AddCategoryAsync(services, $"jackets-{tag}", top);
        var rain = await CatalogRows.AddCategoryAsync(services, $"rain-{tag}", top);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var trail = await CatalogRows.AddProductAsync(
            services, jackets, onHand: 5, name: "Crimson Trail Jacket", priceMinor: 5_000, description: "A light jacket for hiking trails.",
            attributes: new Dictionary<string, string> { ["colour"] = "Red", ["brand"] = "Acme" }, createdAtUtc: start);
        var azure = await CatalogRows.AddProductAsync(
            services, rain, onHand: 0, name: "Azure Rain Jacket", priceMinor: 7_000, description: "A waterproof jacket for wet days.",
            attributes: new Dictionary<string, string> { ["colour"] = "Blue", ["brand"] = "Acme" }, createdAtUtc: start.AddHours(1));
        var scarf = await CatalogRows.AddProductAsync(
            services, top, onHand: 3, name: "Crimson Wool Scarf", priceMinor: 2_000, description: "Warm knitted wool, goes with a jacket.",
            attributes: new Dictionary<string, string> { ["colour"] = "Red", ["brand"] = "Knit" }, createdAtUtc: start.AddHours(2));
        var hidden = await CatalogRows.AddProductAsync(
            services, jackets, onHand: 10, name: "Hidden Crimson Jacket", priceMinor: 1_000, active: false,
            attributes: new Dictionary<string, string> { ["colour"] = "Red" }, createdAtUtc: start.AddHours(3));
        return new SampleCatalog(top, $"outdoor-{tag}", $"jackets-{tag}", $"rain-{tag}", trail, azure, scarf, hidden);
    }
}
