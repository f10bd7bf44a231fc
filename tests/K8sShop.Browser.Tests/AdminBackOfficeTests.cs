using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>
/// The back-office in Chromium against the distributed shop: the demo admin creates a product, receives
/// stock, creates a discount code, and ships and delivers an order a shopper placed for that product with
/// that code, while that shopper's open order page follows each step live; the admin deactivates a category
/// and shoppers no longer find it. A customer is kept out of the back-office by the web app and by every admin API.
/// </summary>
[Collection(BrowserShop.Name)]
public sealed class AdminBackOfficeTests(DistributedShop shop)
{
    private const string AdminEmail = "admin@demo.k8sshop.io";
    private const string AdminPassword = "Admin-demo-1";
    private const string CustomerEmail = "customer@demo.k8sshop.io";
    private const string CustomerPassword = "Customer-demo-1";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [ChromiumFact]
    public async Task The_admin_creates_a_product_receives_stock_creates_a_code_then_ships_and_delivers_a_shoppers_order()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/admin");
        await Expect(page.GetByText("Sign in with an admin account to use the back-office.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(page, AdminEmail, AdminPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/products$"));
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Back-office" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Products", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "20-admin-products");

        // Create a product; the inventory API's validation shows on the field it concerns.
        await page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "New product" });
        var name = $"Admin lamp {tag}";
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await form.GetByLabel("SKU", new() { Exact = true }).FillAsync("lower case sku");
        await form.GetByLabel("Slug (web address)").FillAsync($"admin-lamp-{tag.ToLowerInvariant()}");
        await form.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.GetByLabel("Price", new() { Exact = true }).FillAsync("19.90");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var sku = form.GetByLabel("SKU", new() { Exact = true });
        await Expect(sku).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(sku).ToHaveAccessibleDescriptionAsync(new Regex("A SKU is 1 to 64 capital letters, digits and dashes\\."));
        await DistributedShop.ScreenshotAsync(page, "21-admin-product-invalid");

        await sku.FillAsync($"LAMP-{tag}");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/products/[0-9a-f-]{36}$"));
        var productId = Guid.Parse(page.Url[^36..]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("stock-on-hand")).ToHaveTextAsync("0");

        // Receive stock: the level and the ledger show it.
        var receive = page.GetByRole(AriaRole.Form, new() { Name = "Receive goods" });
        await receive.GetByLabel("Units received").FillAsync("5");
        await receive.GetByLabel("Reason").FillAsync($"Delivery {tag}");
        await receive.GetByRole(AriaRole.Button, new() { Name = "Receive" }).ClickAsync();
        await Expect(page.GetByTestId("stock-on-hand")).ToHaveTextAsync("5");
        var ledger = page.GetByRole(AriaRole.Table, new() { Name = "Ledger" });
        await Expect(ledger.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Delivery {tag}" })).ToContainTextAsync("+5");
        await DistributedShop.ScreenshotAsync(page, "22-admin-product-stock");

        // Create a discount code.
        var code = $"ADMIN{tag}";
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Back-office sections" }).GetByRole(AriaRole.Link, new() { Name = "Discounts" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New discount" }).ClickAsync();
        var discount = page.GetByRole(AriaRole.Form, new() { Name = "New discount" });
        await discount.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await discount.GetByLabel("Name", new() { Exact = true }).FillAsync($"Back-office test {tag}");
        await discount.GetByLabel("Kind").SelectOptionAsync("Percentage");
        await discount.GetByLabel("Percent off").FillAsync("15");
        await discount.GetByLabel("Total uses allowed").FillAsync("10");
        await discount.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/discounts/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = code, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "← Discounts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToContainTextAsync("15 %");
        await DistributedShop.ScreenshotAsync(page, "23-admin-discounts");

        // A shopper orders the new product with the new code, through the API, and pays with the test card.
        using var customer = await SignedInClientAsync(CustomerEmail, CustomerPassword);
        var orderId = await PlaceOrderAsync(customer, productId, code);
        var paid = await Eventually.ReachesAsync(() => StatusAsync(customer, orderId), s => s is "Paid" or "Rejected" or "PaymentFailed" or "Cancelled", Patience);
        Assert.Equal("Paid", paid);

        // The shopper keeps the order's page open while the admin works in the back-office.
        var shopper = await shop.NewPageAsync();
        await shopper.GotoAsync("/");
        await shopper.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(shopper, CustomerEmail, CustomerPassword);
        await Expect(shopper.GetByRole(AriaRole.Link, new() { Name = "My orders" })).ToBeVisibleAsync();
        await shopper.GotoAsync($"/orders/{orderId}");
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Paid");
        // A reload would clear this marker: finding it later proves the shopper's page changed in place.
        await shopper.EvaluateAsync("() => { window.k8sshopSamePage = true }");

        // The admin finds it among the paid orders, ships it with a tracking number, then marks it delivered.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Back-office sections" }).GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Paid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("status=Paid"));
        var row = page.Locator($"tr[data-order-id='{orderId}']");
        await Expect(row).ToContainTextAsync("Paid");
        await DistributedShop.ScreenshotAsync(page, "24-admin-orders");
        await row.GetByRole(AriaRole.Link, new() { Name = $"Order {orderId}" }).ClickAsync();

        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Paid");
        await Expect(page.GetByText($"Codes: {code}")).ToBeVisibleAsync();
        var tracking = $"TRK-{tag}";
        await page.GetByLabel("Tracking number").FillAsync(tracking);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark shipped" }).ClickAsync();
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Shipped");
        await Expect(page.GetByTestId("tracking-number")).ToHaveTextAsync(tracking);
        await DistributedShop.ScreenshotAsync(page, "25-admin-order-shipped");
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Shipped", new() { Timeout = 120_000 });
        await Expect(shopper.GetByText(tracking).First).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(shopper, "25-shopper-sees-shipped-live");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark delivered" }).ClickAsync();
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Delivered");
        await Expect(page.Locator("ol.history")).ToContainTextAsync("Shipped");
        await Expect(page.Locator("ol.history")).ToContainTextAsync("Delivered");
        await DistributedShop.ScreenshotAsync(page, "26-admin-order-delivered");
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Delivered", new() { Timeout = 120_000 });
        Assert.True(await shopper.EvaluateAsync<bool>("() => window.k8sshopSamePage === true"), "the shopper's page moved to Shipped and Delivered without a reload");

        // The list shows the new status, and the shopper's own view agrees.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Orders" }).ClickAsync();
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Delivered");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator($"tr[data-order-id='{orderId}']")).ToContainTextAsync("Delivered");
        Assert.Equal("Delivered", await StatusAsync(customer, orderId));
    }

    [ChromiumFact]
    public async Task The_admin_deactivates_a_category_and_the_storefront_no_longer_lists_it()
    {
        // A category of the test's own: the seeded ones stay for the other tests.
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Retired range {tag}";
        var slug = $"retired-range-{tag}";
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(page, AdminEmail, AdminPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/products$"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Back-office sections" }).GetByRole(AriaRole.Link, new() { Name = "Categories" }).ClickAsync();
        var create = page.GetByRole(AriaRole.Form, new() { Name = "New category" });
        await create.GetByLabel("Category name").FillAsync(name);
        await create.GetByLabel("Slug (web address)").FillAsync(slug);
        await create.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var row = page.Locator($"[data-category='{slug}']");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();

        var shopper = await shop.NewPageAsync();
        await shopper.GotoAsync("/");
        var nav = shopper.GetByRole(AriaRole.Navigation, new() { Name = "Categories" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();

        // Deactivating asks first; the list then marks the category and no longer links to its page.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Deactivate…: {name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = $"Deactivate…: {name}" })).ToContainTextAsync("Its products stay on sale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate the category" }).ClickAsync();
        await Expect(row.GetByText("Inactive", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Reactivate: {name}" })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(page, "28-admin-category-deactivated");

        // The shopper's next visit has no such category, and its address is a page that does not exist.
        await shopper.ReloadAsync();
        await Expect(nav.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
        await shopper.GotoAsync($"/c/{slug}");
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(shopper, "29-shop-category-gone");
        using var anonymous = new HttpClient { BaseAddress = new Uri(shop.Origin + "/") };
        using var list = await anonymous.GetAsync(new Uri($"api/catalog/products?category={slug}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.NotFound, "not-found");
    }

    [ChromiumFact]
    public async Task A_customer_cannot_open_the_back_office_and_the_admin_apis_refuse_them()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/admin/orders");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(page, CustomerEmail, CustomerPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/orders$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The back-office is for shop admins. Your account cannot open it.");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Back-office sections" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Back-office" })).ToHaveCountAsync(0);
        await DistributedShop.ScreenshotAsync(page, "27-admin-refused-to-customer");

        string[] adminApis = ["api/orders/admin", "api/inventory/admin/products", "api/discounts/admin/discounts"];
        using var customer = await SignedInClientAsync(CustomerEmail, CustomerPassword);
        using var anonymous = new HttpClient { BaseAddress = new Uri(shop.Origin + "/") };
        foreach (var path in adminApis)
        {
            using var refused = await customer.GetAsync(new Uri(path, UriKind.Relative));
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
            using var unknown = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }

        using var ship = await customer.PostAsJsonAsync($"api/orders/admin/{Guid.NewGuid()}/ship", new { trackingNumber = "X" });
        await ProblemAssert.IsProblemAsync(ship, HttpStatusCode.Forbidden);
    }

    /// <summary>An HttpClient on the gateway with a demo account's access token, got through the real login page.</summary>
    private async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var origin = new Uri(shop.Origin + "/");
        using var signIn = new ShopSignIn(origin, new Uri(origin, "auth/callback"));
        var token = await signIn.DemoAccessTokenAsync(email, password, Patience);
        var client = new HttpClient { BaseAddress = origin };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> PlaceOrderAsync(HttpClient customer, Guid productId, string code)
    {
        var address = new { name = "Camille Martin", line1 = "3 rue des Tests", line2 = (string?)null, postalCode = "69001", city = "Lyon", country = "FR" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders")
        {
            Content = JsonContent.Create(new { lines = new[] { new { productId, quantity = 1 } }, shippingAddress = address, billingAddress = address, discountCodes = new[] { code }, paymentToken = "tok_visa" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await customer.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().TrimEnd('/')[^36..]);
    }

    private static async Task<string?> StatusAsync(HttpClient customer, Guid orderId)
    {
        using var order = await customer.GetFromJsonAsync<JsonDocument>($"api/orders/{orderId}");
        return order!.RootElement.GetProperty("status").GetString();
    }
}
