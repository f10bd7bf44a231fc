using System.Net;
using System.Net.Http.Json;
using K8sShop.Testing.Identity;
using K8sShop.Users.Accounts;
using Xunit;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>
/// Real access tokens from the users service beside orders, through the shared <see cref="ShopSignIn"/>:
/// a fresh customer is registered through the API, then signs in the way the browser app does.
/// </summary>
public static class Tokens
{
    public const string CustomerPassword = "Fresh-password-42";

    public static async Task<string> NewCustomerAsync(OrdersApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        using var client = app.NewClient();
        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password = CustomerPassword, displayName = "Test Shopper" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await SignInAsync(app, email, CustomerPassword);
    }

    public static Task<string> SupportAsync(OrdersApp app) => SignInAsync(app, AccountSeeder.DemoEmail("support"), OrdersApp.SupportPassword);

    public static Task<string> AdminAsync(OrdersApp app) => SignInAsync(app, AccountSeeder.DemoEmail("admin"), OrdersApp.AdminPassword);

    /// <summary>Orders' own client-credentials token, as it calls the users service.</summary>
    public static async Task<string> OrdersServiceAsync(OrdersApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var signIn = new ShopSignIn(app.Address, app.RedirectUri);
        return await signIn.ServiceTokenAsync("orders", OrdersApp.OrdersSecret);
    }

    public static async Task<string> SignInAsync(OrdersApp app, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var signIn = new ShopSignIn(app.Address, app.RedirectUri);
        return await signIn.AccessTokenAsync(email, password);
    }
}
