using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>Sign-in through the users service's own login page (code + PKCE), the account page, registering.</summary>
[Collection(BrowserShop.Name)]
public sealed class AccountTests(DistributedShop shop)
{
    [ChromiumFact]
    public async Task The_demo_customer_signs_in_sees_the_profile_and_adds_an_address()
    {
        var page = await shop.NewPageAsync();
        await page.GotoAsync("/my-account");
        await Expect(page.GetByText("Sign in to see your account.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await SignInOnTheLoginPageAsync(page, "customer@demo.k8sshop.io", "Customer-demo-1");

        await Expect(page).ToHaveURLAsync(new Regex("/my-account$"));
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("customer@demo.k8sshop.io");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Demo customer");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        var street = $"{Random.Shared.Next(1, 999)} Rue des Tests";
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an address" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Add an address" });
        await form.GetByLabel("Full name").FillAsync("Demo Customer");
        await form.GetByLabel("Address line 1").FillAsync(street);
        await form.GetByLabel("City").FillAsync("Lyon");
        await form.GetByLabel("Postal code").FillAsync("69001");
        await form.GetByLabel("Country").FillAsync("1X");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // The service's validation problem is shown as readable field errors, never as JSON.
        await Expect(form.GetByText("A two-letter ISO 3166 country code.").First).ToBeVisibleAsync();

        await form.GetByLabel("Country").FillAsync("FR");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".address").Filter(new() { HasText = street })).ToContainTextAsync("69001 Lyon, FR");
        await DistributedShop.ScreenshotAsync(page, "06-account");

        // Still signed in after a reload: the tokens are kept for the tab.
        await page.ReloadAsync();
        await Expect(page.Locator(".address").Filter(new() { HasText = street })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task A_new_shopper_registers_then_signs_in_with_the_new_account()
    {
        var page = await shop.NewPageAsync();
        var email = $"shopper-{Guid.NewGuid():N}@example.test";
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Your name").FillAsync("Camille Martin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check the highlighted fields.");
        await DistributedShop.ScreenshotAsync(page, "07-register-invalid");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Camille-pass-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is ready" })).ToContainTextAsync(email);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await SignInOnTheLoginPageAsync(page, email, "Camille-pass-42");
        await Expect(page).ToHaveURLAsync(new Regex("/my-account$"));
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Camille Martin");
        await Expect(page.GetByText("No addresses yet.")).ToBeVisibleAsync();
    }

    internal static async Task SignInOnTheLoginPageAsync(IPage page, string email, string password)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page).ToHaveTitleAsync("Sign in · K8sShop");
        await DistributedShop.ScreenshotAsync(page, "login-page");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
