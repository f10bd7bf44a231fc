using System.Net;
using System.Text.Json;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary><c>/connect/userinfo</c>: the signed-in user as far as the token's scopes allow; nobody without one.</summary>
public sealed class UserInfoTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task Every_granted_scope_adds_its_claims()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("support"), UsersApp.SupportPassword, "openid email profile roles");
        var info = await UserInfoAsync(browser, tokens.AccessToken);

        Assert.True(Guid.TryParse(info.GetProperty("sub").GetString(), out _), info.ToString());
        Assert.Equal(AccountSeeder.DemoEmail("support"), info.GetProperty("email").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("name").GetString()));
        Assert.Equal(["support"], info.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task With_openid_alone_only_the_subject_is_told()
    {
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword, "openid");
        var info = await UserInfoAsync(browser, tokens.AccessToken);

        Assert.Equal(["sub"], info.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        using var browser = new BrowserSession(app);
        using var response = await browser.GetAsync("connect/userinfo", accessToken: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_gets_401()
    {
        using var browser = new BrowserSession(app);
        using var response = await browser.GetAsync("connect/userinfo", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_service_token_names_no_account_and_gets_401()
    {
        using var session = new BrowserSession(app);
        var service = await session.TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "stockcheck",
            ["client_secret"] = UsersApp.ServiceSecret,
        });
        Assert.Equal(HttpStatusCode.OK, service.Status);
        using var response = await session.GetAsync("connect/userinfo", service.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<JsonElement> UserInfoAsync(BrowserSession browser, string? accessToken)
    {
        using var response = await browser.GetAsync("connect/userinfo", accessToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
