using System.Net;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary><c>/connect/revoke</c> (RFC 7009): a client ends its own session; nobody else can.</summary>
public sealed class RevocationTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task A_revoked_refresh_token_and_its_successors_no_longer_refresh()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        var rotated = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);

        using var revoked = await RevokeAsync(browser, new() { ["token"] = rotated.RefreshToken!, ["token_type_hint"] = "refresh_token", ["client_id"] = "storefront" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        var refused = await browser.RefreshAsync(rotated.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_grant", refused.Error);
    }

    [Fact]
    public async Task Another_client_cannot_revoke_the_browser_apps_token()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);

        using var attempt = await RevokeAsync(browser, new()
        {
            ["token"] = tokens.RefreshToken!,
            ["client_id"] = "stockcheck",
            ["client_secret"] = UsersApp.ServiceSecret,
        });
        Assert.NotEqual(HttpStatusCode.InternalServerError, attempt.StatusCode);

        var stillWorks = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.True(stillWorks.Status == HttpStatusCode.OK, stillWorks.Body.ToString());
    }

    [Theory]
    [InlineData("unknown-client", null)]
    [InlineData("stockcheck", "guessed")]
    [InlineData("storefront", "a-secret-a-public-client-does-not-have")]
    public async Task A_client_that_cannot_authenticate_is_refused_and_the_token_stays(string clientId, string? secret)
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        var form = new Dictionary<string, string> { ["token"] = tokens.RefreshToken!, ["client_id"] = clientId };
        if (secret is not null)
        {
            form["client_secret"] = secret;
        }

        using var refused = await RevokeAsync(browser, form);
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, refused.StatusCode.ToString());
        Assert.Contains("invalid_client", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stillWorks = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
    }

    [Fact]
    public async Task A_request_without_a_token_is_a_bad_request()
    {
        using var browser = new BrowserSession(app);
        using var response = await RevokeAsync(browser, new() { ["client_id"] = "storefront" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_access_token_cannot_be_revoked_and_says_so()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        using var response = await RevokeAsync(browser, new() { ["token"] = tokens.AccessToken!, ["client_id"] = "storefront" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unsupported_token_type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RevokeAsync(BrowserSession browser, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await browser.Client.PostAsync(new Uri("connect/revoke", UriKind.Relative), content);
    }
}
