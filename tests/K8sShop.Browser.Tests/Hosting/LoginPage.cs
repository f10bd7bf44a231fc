using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>The users service's own login page, which the web app's sign-in (code + PKCE) leads to.</summary>
public static class LoginPage
{
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page).ToHaveTitleAsync("Sign in · K8sShop");
        await DistributedShop.ScreenshotAsync(page, "login-page");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
