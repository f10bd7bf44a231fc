using System.Globalization;
using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>A shopper browses, filters, searches and fills a cart in Chromium, against the running shop.</summary>
[Collection(BrowserShop.Name)]
public sealed partial class StorefrontTests(DistributedShop shop, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task A_shopper_browses_a_category_filters_it_and_sees_live_availability_on_the_product_page()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New arrivals" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "New arrivals" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);
        await RecordFirstLoadAsync(page);
        await DistributedShop.ScreenshotAsync(page, "01-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Categories" }).GetByRole(AriaRole.Link, new() { Name = "Electronics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Electronics", Level = 1 })).ToBeVisibleAsync();
        var everything = await ResultCountAsync(page);

        // Clicks, not CheckAsync: the router applies the new URL in a transition, a moment after the click.
        await page.GetByLabel("In stock only").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("inStock=true"));
        await Expect(page.GetByLabel("In stock only")).ToBeCheckedAsync();
        var brand = page.GetByRole(AriaRole.Group, new() { Name = "brand" }).GetByRole(AriaRole.Checkbox).First;
        await brand.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"attr\.brand="));
        await Expect(brand).ToBeCheckedAsync();
        await page.GetByLabel("Maximum price").FillAsync("1500");
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync(),
            response => response.Url.Contains("/api/catalog/products?", StringComparison.Ordinal) && response.Url.Contains("maxPrice=150000", StringComparison.Ordinal)
                && response.Url.Contains("pageSize=24", StringComparison.Ordinal));
        await Expect(page).ToHaveURLAsync(new Regex("maxPrice=150000"));

        var filtered = await ResultCountAsync(page);
        Assert.InRange(filtered, 1, everything - 1);
        var cards = page.GetByRole(AriaRole.List, new() { Name = "Electronics" }).GetByRole(AriaRole.Listitem);
        foreach (var card in await cards.AllAsync())
        {
            await Expect(card).ToContainTextAsync("In stock");
            Assert.True(PriceOf(await card.Locator(".price").InnerTextAsync()) <= 1500m);
        }

        await DistributedShop.ScreenshotAsync(page, "02-category-filtered");

        // The filters live in the URL: a reload shows the same list.
        await page.ReloadAsync();
        await Expect(page.GetByLabel("In stock only")).ToBeCheckedAsync();
        Assert.Equal(filtered, await ResultCountAsync(page));

        await cards.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/p/"));
        await Expect(page.GetByTestId("availability")).ToHaveTextAsync(new Regex(@"^In stock \(\d+ available\)"));
        // The green dot appears once the availability stream (server-sent events) has delivered.
        await Expect(page.GetByLabel("Availability updates live")).ToBeVisibleAsync();
        await Expect(page.Locator("img.product-image")).ToHaveJSPropertyAsync("complete", true);
        await DistributedShop.ScreenshotAsync(page, "03-product");
    }

    [ChromiumFact]
    public async Task A_shopper_searches_from_the_header_and_sees_only_matching_products()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Search products").FillAsync("Lamp");
        await page.GetByLabel("Search products").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Lamp$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Results for “Lamp”" })).ToBeVisibleAsync();
        Assert.True(await ResultCountAsync(page) > 0);
        var names = await page.Locator(".card-name").AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("Lamp", name, StringComparison.Ordinal));
        await DistributedShop.ScreenshotAsync(page, "04-search");

        await page.GetByLabel("Search products").FillAsync("zzqqxx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.GetByText("No products match these filters.")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task The_cart_is_kept_across_a_reload_and_checked_against_the_catalog()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/search?q=Chair&inStock=true");
        await page.Locator(".card-link").First.ClickAsync();
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var price = await page.Locator(".product-price").InnerTextAsync();
        await page.GetByLabel("Quantity").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("2");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" }).ClickAsync();
        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await Expect(page.GetByLabel($"Quantity of {name}")).ToHaveValueAsync("2");
        await Expect(page.GetByText("Checking prices and stock…")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0); // the catalog agrees with the cart
        Assert.Equal(PriceOf(price) * 2, PriceOf(await page.GetByTestId("subtotal").InnerTextAsync()));
        await DistributedShop.ScreenshotAsync(page, "05-cart");
    }

    /// <summary>First load of the home page (cold cache), kept beside the screenshots for README's numbers.</summary>
    private async Task RecordFirstLoadAsync(IPage page)
    {
        var ms = await page.EvaluateAsync<double[]>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd, performance.now()]; }");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"first load of / : html {ms[0]:F0} ms, DOMContentLoaded {ms[1]:F0} ms, load {ms[2]:F0} ms, products on screen by {ms[3]:F0} ms");
        output.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(DistributedShop.ScreenshotFolder, "first-load.txt"), line + "\n");
    }

    private static async Task<int> ResultCountAsync(IPage page)
    {
        // The previous list stays on screen while the next one loads (aria-busy): wait for the new one.
        await Expect(page.Locator("section.list")).ToHaveAttributeAsync("aria-busy", "false");
        var status = page.Locator(".result-count");
        await Expect(status).ToHaveTextAsync(ResultCount());
        return int.Parse(ResultCount().Match(await status.InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>"€1,234.56" (en-GB) as a number.</summary>
    internal static decimal PriceOf(string text) =>
        decimal.Parse(text.Replace("€", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) products$")]
    private static partial Regex ResultCount();
}
