using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>The users service's own login page (where the app's "Sign in" leads), filled in as a person would.</summary>
public static partial class ShopLogin
{
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Expect(page).ToHaveURLAsync(LoginPath());
        await Expect(page).ToHaveTitleAsync("Sign in · K8sShop");
        await DistributedShop.ScreenshotAsync(page, "login-page");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPath();
}
