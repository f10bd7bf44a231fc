using System.Globalization;
using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>
/// What the issue asks of every page beyond its features: it fits a phone, it can be used with the keyboard
/// alone and shows where the focus is, it does not jump while it loads, and it speaks French with French prices.
/// </summary>
[Collection(BrowserShop.Name)]
public sealed partial class QualityTests(DistributedShop shop, ITestOutputHelper output)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>Counts every unexpected layout shift from the first paint on, as Chromium reports them.</summary>
    private const string LayoutShiftObserver = """
        window.__layoutShift = 0;
        window.__layoutShifted = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            window.__layoutShift += entry.value;
            for (const source of entry.sources) {
              const node = source.node;
              window.__layoutShifted.push(node?.nodeType === 1 ? node.outerHTML.slice(0, 80) : String(node?.nodeName));
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    [ChromiumFact]
    public async Task On_a_phone_the_shoppers_pages_fit_the_screen_without_sideways_scrolling()
    {
        var page = await shop.NewPageAsync("en-GB", Phone);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "New arrivals" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);
        await Expect(page.GetByLabel("Search products")).ToBeInViewportAsync();
        await AssertFitsAsync(page, "home");
        await DistributedShop.ScreenshotAsync(page, "phone-01-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Categories" }).GetByRole(AriaRole.Link, new() { Name = "Electronics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Electronics", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section.list")).ToHaveAttributeAsync("aria-busy", "false");
        await AssertFitsAsync(page, "category");
        await DistributedShop.ScreenshotAsync(page, "phone-02-category");

        await page.GotoAsync("/search?q=Chair&inStock=true");
        await page.Locator(".card-link").First.ClickAsync();
        await Expect(page.GetByTestId("availability")).ToHaveTextAsync(new Regex("^In stock"));
        await AssertFitsAsync(page, "product");
        await DistributedShop.ScreenshotAsync(page, "phone-03-product");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");
        await page.GotoAsync("/cart");
        await Expect(page.GetByText("Checking prices and stock…")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("subtotal")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "cart");
        await DistributedShop.ScreenshotAsync(page, "phone-04-cart");
    }

    [ChromiumFact]
    public async Task A_shopper_finds_a_product_and_fills_the_cart_with_the_keyboard_alone_and_always_sees_the_focus()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "New arrivals" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);

        // The first Tab offers the skip link, so keyboard users need not walk the header on every page.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await AssertFocusVisibleAsync(page);

        await TabUntilAsync(page, "document.activeElement.id === 'site-search'", 10);
        await page.Keyboard.TypeAsync("Chair");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Chair$"));
        await Expect(page.Locator("section.list")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(page.Locator("main")).ToBeFocusedAsync(); // a new page starts the Tab order at its content

        await TabUntilAsync(page, "document.activeElement.matches('.card-link') && document.activeElement.closest('.card').querySelector('.stock.in') !== null", 80);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/p/"));
        await Expect(page.GetByTestId("availability")).ToHaveTextAsync(new Regex("^In stock"));
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        await TabUntilAsync(page, "document.activeElement.matches('.add-to-cart button')", 10);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");
    }

    [ChromiumFact]
    public async Task The_home_and_product_pages_do_not_shift_their_layout_while_they_load()
    {
        var page = await shop.NewPageAsync();
        await page.AddInitScriptAsync(LayoutShiftObserver);

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "New arrivals" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);
        await AssertLayoutStableAsync(page, "home");

        await page.GotoAsync("/search?q=Lamp");
        var product = await page.Locator(".card-link").First.GetAttributeAsync("href");
        await page.GotoAsync(product!);
        await Expect(page.GetByTestId("availability")).ToHaveTextAsync(new Regex("^In stock|^Out of stock"));
        await AssertLayoutStableAsync(page, "product");
    }

    [ChromiumFact]
    public async Task A_French_shopper_sees_the_shop_in_French_with_French_prices_and_can_switch_to_English()
    {
        var page = await shop.NewPageAsync("fr-FR", DistributedShop.Desktop);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveautés" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        var price = await page.GetByRole(AriaRole.List, new() { Name = "Nouveautés" }).Locator(".price").First.InnerTextAsync();
        Assert.Matches(FrenchPrice(), price); // "1 299,00 €": comma decimals, the euro sign after a space
        await DistributedShop.ScreenshotAsync(page, "fr-01-home");

        await page.GetByLabel("Langue").SelectOptionAsync("en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New arrivals" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New arrivals" })).ToBeVisibleAsync(); // the choice is kept
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the {what} page is {widths[0]} px wide on a {widths[1]} px screen");
    }

    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var focus = await page.EvaluateAsync<string[]>(
            "() => { const e = document.activeElement; const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow, e.outerHTML.slice(0, 120)]; }");
        var outlined = focus[0] != "none" && focus[1] != "0px";
        Assert.True(outlined || focus[2] != "none", $"{focus[3]} has the focus but shows no focus ring (outline {focus[0]} {focus[1]}, shadow {focus[2]})");
    }

    /// <summary>
    /// Presses Tab until the condition holds, checking on the way that every stop in the page shows its focus
    /// (past the last one the browser's own controls have it, and the document reports its body).
    /// </summary>
    private static async Task TabUntilAsync(IPage page, string condition, int most)
    {
        for (var presses = 0; presses < most; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body"))
            {
                continue;
            }

            await AssertFocusVisibleAsync(page);
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        var at = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)");
        Assert.Fail($"{most} presses of Tab never reached {condition}; the focus is on {at}");
    }

    /// <summary>Waits for the images, then reads the page's cumulative layout shift; 0.1 is what Chromium's own tools call good.</summary>
    private async Task AssertLayoutStableAsync(IPage page, string what)
    {
        await page.WaitForFunctionAsync("() => Array.from(document.images).every((image) => image.complete)");
        await page.WaitForTimeoutAsync(500); // a shift is reported a frame after it happens
        var shift = await page.EvaluateAsync<double>("() => window.__layoutShift");
        var shifted = await page.EvaluateAsync<string[]>("() => window.__layoutShifted");
        var line = string.Create(CultureInfo.InvariantCulture, $"cumulative layout shift of the {what} page: {shift:F3}");
        output.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(DistributedShop.ScreenshotFolder, "layout-shift.txt"), line + "\n"); // beside first-load.txt, for README's numbers
        Assert.True(shift < 0.1, string.Create(CultureInfo.InvariantCulture, $"the {what} page shifted by {shift:F3} while loading; what moved: {string.Join(" | ", shifted)}"));
    }

    [GeneratedRegex(@"^\d[\d\s]*,\d{2}\s€$")]
    private static partial Regex FrenchPrice();
}
