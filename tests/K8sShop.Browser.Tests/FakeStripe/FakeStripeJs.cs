using Microsoft.Playwright;

namespace K8sShop.Browser.Tests.FakeStripe;

/// <summary>
/// Serves fake-stripe.js wherever a page asks js.stripe.com for Stripe.js (the v3 address or a release train's
/// /&lt;name&gt;/stripe.js), since the real one cannot be fetched here.
/// </summary>
public static class FakeStripeJs
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FakeStripe", "fake-stripe.js"));

    public static Task RouteAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.RouteAsync("https://js.stripe.com/**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/javascript", Body = Script }));
    }
}
