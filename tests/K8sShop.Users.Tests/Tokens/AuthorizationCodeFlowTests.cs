using System.Net;
using System.Net.Http.Json;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>The browser app's whole sign-in: code + PKCE, refresh with rotation, reuse detection, logout.</summary>
public sealed class AuthorizationCodeFlowTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task Code_with_pkce_gives_tokens_that_call_the_api_and_refresh_rotates()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        Assert.NotNull(tokens.RefreshToken);

        using var me = await browser.GetAsync("api/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var profile = await me.Content.ReadFromJsonAsync<Profile.ProfileView>();
        Assert.Equal(AccountSeeder.DemoEmail("customer"), profile!.Email);
        Assert.Equal(["customer"], profile.Roles);

        var refreshed = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.True(refreshed.Status == HttpStatusCode.OK, refreshed.Body.ToString());
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        using var again = await browser.GetAsync("api/users/me", refreshed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_used_twice_revokes_the_whole_session()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        var rotated = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);

        var replay = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("invalid_grant", replay.Error);

        // The thief's replay also kills the legitimate successor.
        var successor = await browser.RefreshAsync(rotated.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, successor.Status);
        Assert.Equal("invalid_grant", successor.Error);
    }

    [Fact]
    public async Task An_authorization_code_works_once()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("support"), UsersApp.SupportPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        // SignInAsync already redeemed its code; a second exchange of a fresh flow's code is covered by
        // the grant table: every code row is spent after its exchange.
        var unspent = await app.QueryAsync(db => Task.FromResult(db.Grants.Count(g => g.Kind == K8sShop.Users.Tokens.GrantKind.AuthorizationCode && g.Status == K8sShop.Users.Tokens.GrantStatus.Valid)));
        Assert.Equal(0, unspent);
    }

    [Fact]
    public async Task Logging_out_revokes_the_refresh_tokens()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("admin"), UsersApp.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);

        using var logout = await browser.Client.GetAsync(new Uri("connect/logout", UriKind.Relative));
        Assert.True(logout.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, logout.StatusCode.ToString());

        var refreshed = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.Status);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_refused()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(
            "connect/authorize?client_id=storefront&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256",
            UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
