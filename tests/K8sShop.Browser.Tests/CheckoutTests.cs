using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using K8sShop.Testing.Identity;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>
/// A shopper's whole purchase in Chromium against the distributed shop: register, confirm the email from the
/// run's mailbox, browse, search, cart, checkout with a discount code and the test provider's card, the order
/// page following the saga live (SignalR pushes, no reload), the invoice download, and an admin's shipment.
/// </summary>
[Collection(BrowserShop.Name)]
public sealed partial class CheckoutTests(DistributedShop shop)
{
    private const string Password = "Checkout-pass-42";

    [ChromiumFact]
    public async Task A_new_shopper_confirms_the_email_pays_with_a_discount_sees_Paid_then_Shipped_live_and_downloads_the_invoice()
    {
        var page = await shop.NewPageAsync();
        var email = await RegisterAsync(page);

        using (var mailbox = new ShopMailbox(new Uri(shop.Origin)))
        {
            var mail = await mailbox.WaitForAsync(email, "Confirm your email address", TimeSpan.FromMinutes(2));
            var link = ConfirmationLink().Match(mail.TextBody ?? "").Value;
            Assert.StartsWith(shop.Origin + "/account/confirm-email?", link, StringComparison.Ordinal);
            await page.GotoAsync(link);
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "10-email-confirmed");

        await SignInAsync(page, email);
        await AddAProductToTheCartAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to checkout" }).ClickAsync();
        await FillNewShippingAddressAsync(page);

        var total = page.GetByTestId("quote-total");
        await Expect(total).ToBeVisibleAsync();
        var withoutCode = await total.InnerTextAsync();
        await page.GetByLabel("Discount code", new() { Exact = true }).FillAsync("WELCOME10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("quote-discount")).ToContainTextAsync("€");
        await Expect(total).Not.ToHaveTextAsync(withoutCode);
        Assert.True(StorefrontTests.PriceOf(await total.InnerTextAsync()) < StorefrontTests.PriceOf(withoutCode), "WELCOME10 lowers the total");
        await DistributedShop.ScreenshotAsync(page, "11-checkout");

        var quoted = await total.InnerTextAsync();
        await page.GetByLabel("Visa, pays").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(page.GetByTestId("order-confirmation")).ToContainTextAsync("Thank you!");
        var orderId = OrderIdIn().Match(page.Url).Groups[1].Value;
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("0");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Status updates live" })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "12-order-confirmation");

        // A reload would clear this marker: finding it later proves the page changed in place.
        await page.EvaluateAsync("() => { window.k8sshopSamePage = true }");
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Paid", new() { Timeout = 180_000 });
        var timeline = page.GetByRole(AriaRole.List, new() { Name = "Progress" });
        await Expect(timeline.Locator("[aria-current=step]")).ToContainTextAsync("Paid");
        await Expect(page.GetByTestId("order-total")).ToHaveTextAsync(quoted); // billing priced the order as it quoted the cart
        Assert.True(await page.EvaluateAsync<bool>("() => window.k8sshopSamePage === true"), "the status moved to Paid without a reload");

        var pdf = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Download \d{4}-\d{6} \(PDF\)$") });
        await Expect(pdf).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await DistributedShop.ScreenshotAsync(page, "13-order-paid");
        var download = await page.RunAndWaitForDownloadAsync(() => pdf.ClickAsync());
        Assert.Matches(@"^\d{4}-\d{6}\.pdf$", download.SuggestedFilename);
        var saved = Path.Combine(DistributedShop.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(saved))[..4]));
        var html = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"\(HTML\)$") }).ClickAsync());
        Assert.Equal(Path.ChangeExtension(download.SuggestedFilename, ".html"), html.SuggestedFilename);

        // An admin ships it through the orders admin API; the open page shows it without a reload.
        await ShipAsync(orderId, "TRACK-" + orderId[..8]);
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Shipped", new() { Timeout = 120_000 });
        await Expect(timeline).ToContainTextAsync("Tracking number TRACK-" + orderId[..8]);
        Assert.True(await page.EvaluateAsync<bool>("() => window.k8sshopSamePage === true"), "the status moved to Shipped without a reload");
        await DistributedShop.ScreenshotAsync(page, "14-order-shipped");

        // Every status change also reached the inbox: the header's badge counts them, the inbox marks them read.
        await Expect(page.GetByTestId("unread-count")).Not.ToHaveTextAsync("0");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Notifications, \d+ unread$") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".notification.unread").First).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "15-inbox");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Expect(page.GetByTestId("unread-count")).ToHaveTextAsync("0");

        await page.GetByRole(AriaRole.Link, new() { Name = "My orders" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = orderId[..8].ToUpperInvariant() })).ToContainTextAsync("Shipped");
        await DistributedShop.ScreenshotAsync(page, "16-order-history");
    }

    [ChromiumFact]
    public async Task A_declined_card_says_so_on_the_order_page_and_offers_to_try_again_with_the_same_items()
    {
        var page = await shop.NewPageAsync();
        var email = await RegisterAsync(page);
        await SignInAsync(page, email);
        var product = await AddAProductToTheCartAsync(page);
        await page.GotoAsync("/checkout");
        await FillNewShippingAddressAsync(page);
        await Expect(page.GetByTestId("quote-total")).ToBeVisibleAsync();
        await page.GetByLabel("Declined card").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();

        var failed = page.GetByTestId("payment-failed");
        await Expect(failed).ToContainTextAsync("Your payment did not go through: Your card was declined.", new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Payment failed");
        await Expect(page.GetByText("The invoice is issued once the order is paid.")).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "17-payment-declined");

        await failed.GetByRole(AriaRole.Button, new() { Name = "Try again with another card" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/checkout$"));
        await Expect(page.GetByLabel($"Quantity of {product}")).ToHaveValueAsync("1");
    }

    [ChromiumFact]
    public async Task A_shopper_changes_the_password_and_the_notification_preferences_on_the_account_page()
    {
        var page = await shop.NewPageAsync();
        var email = await RegisterAsync(page);
        await SignInAsync(page, email);
        await page.GotoAsync("/my-account");

        var password = page.GetByRole(AriaRole.Form, new() { Name = "Password" });
        await password.GetByLabel("Current password").FillAsync("Not-my-password-1");
        await password.GetByLabel("New password", new() { Exact = true }).FillAsync("Changed-pass-43");
        await password.GetByLabel("New password again").FillAsync("Changed-pass-43");
        await password.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(password.GetByLabel("Current password")).ToHaveAttributeAsync("aria-invalid", "true");
        await password.GetByLabel("Current password").FillAsync(Password);
        await password.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(password.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed.");

        var preferences = page.GetByRole(AriaRole.Form, new() { Name = "Notification preferences" });
        await preferences.GetByLabel("SMS", new() { Exact = true }).CheckAsync();
        await preferences.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(preferences.GetByLabel("SMS", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("SMS needs a phone number.");
        await preferences.GetByLabel("Mobile number for SMS").FillAsync("+33612345678");
        await preferences.GetByLabel("Language of the messages").SelectOptionAsync("fr");
        await preferences.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(preferences.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await DistributedShop.ScreenshotAsync(page, "18-account-password-preferences");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Mobile number for SMS")).ToHaveValueAsync("+33612345678");
        await Expect(page.GetByLabel("SMS", new() { Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>Registers a new shopper through the app's form; the email is unique per call.</summary>
    internal static async Task<string> RegisterAsync(IPage page)
    {
        var email = $"buyer-{Guid.NewGuid():N}@example.test";
        await page.GotoAsync("/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Your name").FillAsync("Camille Martin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is ready" })).ToContainTextAsync(email);
        return email;
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(page, email, Password);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "My orders" })).ToBeVisibleAsync();
    }

    /// <summary>Browses a category, searches from the header and puts one unit of an in-stock lamp in the cart; answers its name.</summary>
    internal static async Task<string> AddAProductToTheCartAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Categories" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Search products").FillAsync("Lamp");
        await page.GetByLabel("Search products").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Results for “Lamp”" })).ToBeVisibleAsync();
        await page.Locator(".card").Filter(new() { HasText = "In stock" }).First.Locator(".card-link").ClickAsync();
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" }).ClickAsync();
        return name;
    }

    internal static async Task FillNewShippingAddressAsync(IPage page)
    {
        var shipping = page.GetByRole(AriaRole.Group, new() { Name = "Shipping address" });
        await shipping.GetByLabel("Full name").FillAsync("Camille Martin");
        await shipping.GetByLabel("Address line 1").FillAsync("12 Rue des Tests");
        await shipping.GetByLabel("City").FillAsync("Lyon");
        await shipping.GetByLabel("Postal code").FillAsync("69001");
        await shipping.GetByLabel("Country").FillAsync("FR");
    }

    /// <summary>What an admin does in the back-office, through the orders admin API with the demo admin's token.</summary>
    private async Task ShipAsync(string orderId, string trackingNumber)
    {
        using var signIn = new ShopSignIn(new Uri(shop.Origin + "/"), new Uri(shop.Origin + "/auth/callback"));
        var token = await signIn.DemoAccessTokenAsync("admin@demo.k8sshop.io", "Admin-demo-1", TimeSpan.FromMinutes(1));
        using var http = new HttpClient { BaseAddress = new Uri(shop.Origin) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var shipped = await http.PostAsJsonAsync(new Uri($"/api/orders/admin/{orderId}/ship", UriKind.Relative), new { trackingNumber });
        Assert.True(shipped.IsSuccessStatusCode, $"ship answered {(int)shipped.StatusCode}: {await shipped.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmationLink();

    [GeneratedRegex(@"/orders/([0-9a-f-]{36})")]
    internal static partial Regex OrderIdIn();
}
