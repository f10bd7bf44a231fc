using K8sShop.Browser.Tests.FakeStripe;
using K8sShop.Browser.Tests.Hosting;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>
/// Paying through Stripe Elements in Chromium against the distributed shop, its payments process on Stripe. Stripe
/// is an external provider that cannot be reached from here: the page gets a fake Stripe.js in place of
/// js.stripe.com's, and payments talks to a fake Stripe API in this process (<see cref="FakeStripePayments"/>).
/// </summary>
[Collection(BrowserShop.Name)]
public sealed class StripeCheckoutTests(DistributedShop shop, FakeStripePayments stripe, ITestOutputHelper output) : IClassFixture<FakeStripePayments>
{
    private const string AbortedStripeJs = "https://js.stripe.com/**";

    [ChromiumFact]
    public async Task A_shopper_pays_with_Fake_Stripe_Elements_and_the_order_reaches_Paid_charged_with_the_PaymentMethod_Stripe_js_made()
    {
        await stripe.OnStripeAsync(shop);
        var page = await shop.NewPageAsync();

        // js.stripe.com not answering at first: the shopper is told, and a retry loads it.
        await page.RouteAsync(AbortedStripeJs, route => route.AbortAsync());
        await SignedInShopperAtCheckoutAsync(page);
        await CheckoutTests.FillNewShippingAddressAsync(page);
        var unavailable = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The secure card form (Stripe) could not be loaded." });
        await Expect(unavailable).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "40-stripe-unavailable");
        await page.UnrouteAsync(AbortedStripeJs);
        await FakeStripeJs.RouteAsync(page);
        await unavailable.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        var card = page.GetByRole(AriaRole.Group, new() { Name = "Card details" });
        await card.GetByLabel("Card number").FillAsync("4242 4242 42");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your card number is incomplete.");
        await card.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
        await card.GetByLabel("Expiration date MM / YY").FillAsync("12 / 34");
        await card.GetByLabel("CVC").FillAsync("123");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.Equal(stripe.PublishableKey, await page.EvaluateAsync<string>("() => window.fakeStripeCalls.publishableKey"));
        Assert.Equal("en", await page.EvaluateAsync<string>("() => window.fakeStripeCalls.elementsOptions[0].locale"));
        var total = page.GetByTestId("quote-total");
        await Expect(total).ToBeVisibleAsync();
        var quoted = await total.InnerTextAsync();
        await DistributedShop.ScreenshotAsync(page, "41-stripe-card");

        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(page.GetByTestId("order-confirmation")).ToContainTextAsync("Thank you!");
        var orderId = CheckoutTests.OrderIdIn().Match(page.Url).Groups[1].Value;
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Paid", new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("order-total")).ToHaveTextAsync(quoted);
        await DistributedShop.ScreenshotAsync(page, "42-stripe-paid");

        var made = await page.EvaluateAsync<string>("() => window.fakeStripeCalls.paymentMethods.map(m => m.id).join(' ')");
        Assert.Matches("^pm_fake_4242_[a-z0-9]+$", made);
        var charge = Assert.Single(stripe.Api.Charges, c => c.OrderId == orderId);
        Assert.Equal((made, orderId, "eur", false), (charge.PaymentMethod, charge.IdempotencyKey, charge.Currency, charge.Declined));
        Assert.Equal(decimal.ToInt64(StorefrontTests.PriceOf(quoted) * 100), charge.Amount);
        Assert.Empty(stripe.Api.Refusals);
    }

    [ChromiumFact]
    public async Task A_card_the_Fake_Stripe_API_declines_shows_the_clear_decline_message_on_the_order_page()
    {
        await stripe.OnStripeAsync(shop);
        var page = await shop.NewPageAsync();
        await FakeStripeJs.RouteAsync(page);
        await SignedInShopperAtCheckoutAsync(page);
        await CheckoutTests.FillNewShippingAddressAsync(page);
        var card = page.GetByRole(AriaRole.Group, new() { Name = "Card details" });
        await card.GetByLabel("Card number").FillAsync("4000 0000 0000 " + FakeStripeApi.DecliningCardLast4);
        await card.GetByLabel("Expiration date MM / YY").FillAsync("12 / 34");
        await card.GetByLabel("CVC").FillAsync("123");
        await Expect(page.GetByTestId("quote-total")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();

        await Expect(page.GetByTestId("order-confirmation")).ToBeVisibleAsync();
        var orderId = CheckoutTests.OrderIdIn().Match(page.Url).Groups[1].Value;
        await Expect(page.GetByTestId("payment-failed")).ToContainTextAsync("Your payment did not go through: Your card was declined.", new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Payment failed");
        await DistributedShop.ScreenshotAsync(page, "43-stripe-declined");

        var charge = Assert.Single(stripe.Api.Charges, c => c.OrderId == orderId);
        Assert.True(charge.Declined, $"the fake Stripe API declined {charge.PaymentMethod}");
        Assert.StartsWith($"pm_fake_{FakeStripeApi.DecliningCardLast4}_", charge.PaymentMethod, StringComparison.Ordinal);
        Assert.Empty(stripe.Api.Refusals);
    }

    /// <summary>A new shopper, signed in, with a lamp in the cart, on the checkout page.</summary>
    private async Task SignedInShopperAtCheckoutAsync(IPage page)
    {
        // What the browser refused (a content security policy, a script error) is what explains a card field that never shows.
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                output.WriteLine($"console: {message.Text}");
            }
        };
        var email = await CheckoutTests.RegisterAsync(page);
        await CheckoutTests.SignInAsync(page, email);
        await CheckoutTests.AddAProductToTheCartAsync(page);
        await page.GotoAsync("/checkout");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Level = 1 })).ToBeVisibleAsync();
    }
}
