using System.Net;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>Services get tokens with their client secret; those tokens pass only the Service policy.</summary>
public sealed class ClientCredentialsTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task A_service_token_calls_service_endpoints_and_a_customer_token_gets_403_there()
    {
        using var session = new BrowserSession(app);
        var service = await session.TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "stockcheck",
            ["client_secret"] = UsersApp.ServiceSecret,
        });
        Assert.True(service.Status == HttpStatusCode.OK, service.Body.ToString());
        Assert.Null(service.RefreshToken);

        using var allowed = await session.GetAsync("api/probe/service", service.AccessToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("stockcheck", await allowed.Content.ReadAsStringAsync());
        using var notACustomer = await session.GetAsync("api/probe/customer", service.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, notACustomer.StatusCode);

        using var browser = new BrowserSession(app);
        var customer = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        using var refused = await browser.GetAsync("api/probe/service", customer.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        using var session = new BrowserSession(app);
        var refused = await session.TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "stockcheck",
            ["client_secret"] = "guessed",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("invalid_client", refused.Error);
    }

    [Fact]
    public async Task The_browser_client_cannot_use_client_credentials()
    {
        using var session = new BrowserSession(app);
        var refused = await session.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "storefront" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }
}
