using System.Net;
using System.Net.Http.Json;
using K8sShop.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace K8sShop.Discounts.Tests.Hosting;

/// <summary>
/// Real access tokens from the users service, through the shared <see cref="ShopSignIn"/>: two customers and
/// the admin through the login page (authorization code + PKCE, as the browser app does) and billing through
/// client credentials.
/// </summary>
public sealed class Callers
{
    private static readonly TimeSpan SeedingTime = TimeSpan.FromSeconds(90);

    private Callers(string customer, string otherCustomer, string admin, string service)
    {
        Customer = customer;
        OtherCustomer = otherCustomer;
        Admin = admin;
        Service = service;
    }

    public string Customer { get; }

    public string OtherCustomer { get; }

    public string Admin { get; }

    public string Service { get; }

    public Guid CustomerId => SubjectOf(Customer);

    public Guid OtherCustomerId => SubjectOf(OtherCustomer);

    public static async Task<Callers> SignInAsync(DiscountsApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        using (var client = app.NewClient())
        {
            using var registered = await client.PostAsJsonAsync("api/users/accounts", new { email, password = "Fresh-password-42", displayName = "Other Shopper" });
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        }

        // Each person signs in in a session (cookies) of their own, as in their own browser.
        using var customer = new ShopSignIn(app.Address, app.RedirectUri);
        using var admin = new ShopSignIn(app.Address, app.RedirectUri);
        using var other = new ShopSignIn(app.Address, app.RedirectUri);
        return new Callers(
            await customer.DemoAccessTokenAsync("customer@demo.k8sshop.io", DiscountsApp.CustomerPassword, SeedingTime),
            await other.AccessTokenAsync(email, "Fresh-password-42"),
            await admin.DemoAccessTokenAsync("admin@demo.k8sshop.io", DiscountsApp.AdminPassword, SeedingTime),
            await other.ServiceTokenAsync("billing", DiscountsApp.BillingSecret));
    }

    private static Guid SubjectOf(string token) => Guid.Parse(new JsonWebToken(token).Subject);
}
