using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>
/// A third party's app (a client with RequireConsent) gets a code only once the account holder allows
/// it on the consent page; a remembered consent is listed in the account and withdrawing it ends the
/// app's refresh tokens.
/// </summary>
public sealed class ConsentTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task Allowing_once_gives_the_app_a_code_and_tokens_and_the_next_request_asks_again()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var flow = new PartnerAuthorization(browser);

        using var page = await flow.StartAsync(email, Hosting.Accounts.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Allow " + UsersApp.PartnerName + "?", html, StringComparison.Ordinal);
        Assert.Contains("See your name", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"remember\">", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' https://partner.example", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var allowed = await flow.DecideAsync(page, "accept");
        var tokens = await flow.ExchangeAsync(flow.CodeFrom(allowed));
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        using var me = await browser.GetAsync("api/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);

        using var again = await browser.Client.GetAsync(new PartnerAuthorization(browser).AuthorizeUri());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Allow " + UsersApp.PartnerName + "?", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remembered_consent_skips_the_page_is_listed_and_withdrawing_it_ends_the_apps_refresh_tokens()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var first = new PartnerAuthorization(browser);
        using var page = await first.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var allowed = await first.DecideAsync(page, "accept", remember: true);
        var tokens = await first.ExchangeAsync(first.CodeFrom(allowed));
        Assert.NotNull(tokens.RefreshToken);

        // Asked again for the same scopes: straight back to the app with a code.
        var second = new PartnerAuthorization(browser);
        using var silent = await browser.Client.GetAsync(second.AuthorizeUri());
        var later = await second.ExchangeAsync(second.CodeFrom(silent));
        Assert.Equal(HttpStatusCode.OK, later.Status);

        // A wider request asks again.
        using var wider = await browser.Client.GetAsync(new PartnerAuthorization(browser).AuthorizeUri("openid profile email offline_access"));
        Assert.Equal(HttpStatusCode.OK, wider.StatusCode);

        var storefront = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        using var listed = await browser.GetAsync("api/users/me/consents", storefront.AccessToken);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var consent = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        Assert.Equal(UsersApp.PartnerClient, consent.GetProperty("clientId").GetString());
        Assert.Equal(UsersApp.PartnerName, consent.GetProperty("clientName").GetString());
        Assert.True(consent.GetProperty("remembered").GetBoolean());
        Assert.Equal(["offline_access", "openid", "profile"], consent.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        using var withdrawn = await Send(browser, HttpMethod.Delete, $"api/users/me/consents/{consent.GetProperty("id").GetGuid()}", storefront.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);

        Assert.Equal("invalid_grant", (await first.RefreshAsync(tokens.RefreshToken!)).Error);
        Assert.Equal("invalid_grant", (await second.RefreshAsync(later.RefreshToken!)).Error);
        using var empty = await browser.GetAsync("api/users/me/consents", storefront.AccessToken);
        Assert.Empty((await empty.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        using var asksAgain = await browser.Client.GetAsync(new PartnerAuthorization(browser).AuthorizeUri());
        Assert.Equal(HttpStatusCode.OK, asksAgain.StatusCode);

        // The storefront's own session is untouched.
        Assert.Equal(HttpStatusCode.OK, (await browser.RefreshAsync(storefront.RefreshToken!)).Status);
    }

    [Fact]
    public async Task Denying_sends_access_denied_back_to_the_app_and_records_nothing()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var flow = new PartnerAuthorization(browser);
        using var page = await flow.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var denied = await flow.DecideAsync(page, "deny", remember: true);

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith(UsersApp.PartnerRedirectUri.ToString(), denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(denied.Headers.Location.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Equal(flow.State, query["state"].ToString());
        Assert.False(query.ContainsKey("code"));
        Assert.Equal(0, await ConsentsOfAsync(email));
    }

    [Fact]
    public async Task A_consent_answer_without_the_pages_antiforgery_token_is_refused()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var flow = new PartnerAuthorization(browser);
        using var page = await flow.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var forged = await flow.DecideAsync(page, "accept", remember: true, withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(forged.Headers.Location);
        Assert.Equal(0, await ConsentsOfAsync(email));
    }

    [Fact]
    public async Task An_answer_that_is_neither_allow_nor_deny_is_refused()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var flow = new PartnerAuthorization(browser);
        using var page = await flow.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var odd = await flow.DecideAsync(page, "maybe");

        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        Assert.Equal(0, await ConsentsOfAsync(email));
    }

    [Fact]
    public async Task Without_a_consent_prompt_none_answers_consent_required()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        using (await new PartnerAuthorization(browser).StartAsync(email, Hosting.Accounts.GoodPassword)) { }

        var flow = new PartnerAuthorization(browser);
        using var none = await browser.Client.GetAsync(flow.AuthorizeUri(prompt: "none"));
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Equal("consent_required", QueryHelpers.ParseQuery(none.Headers.Location!.Query)["error"].ToString());
    }

    [Fact]
    public async Task The_shops_own_storefront_needs_no_consent()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(0, await ConsentsOfAsync(email));
    }

    [Fact]
    public async Task Consents_are_the_account_holders_own_to_list_and_withdraw()
    {
        using var owner = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(owner.Client);
        var flow = new PartnerAuthorization(owner);
        using var page = await flow.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var allowed = await flow.DecideAsync(page, "accept", remember: true);
        var partnerTokens = await flow.ExchangeAsync(flow.CodeFrom(allowed));
        var ownerTokens = await owner.SignInAsync(email, Hosting.Accounts.GoodPassword);
        using var mine = await owner.GetAsync("api/users/me/consents", ownerTokens.AccessToken);
        var id = (await mine.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single().GetProperty("id").GetGuid();

        using var anonymousList = await owner.GetAsync("api/users/me/consents", accessToken: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        using var anonymousDelete = await Send(owner, HttpMethod.Delete, $"api/users/me/consents/{id}", accessToken: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDelete.StatusCode);

        var service = await owner.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = UsersApp.ServiceSecret });
        using var serviceDelete = await Send(owner, HttpMethod.Delete, $"api/users/me/consents/{id}", service.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, serviceDelete.StatusCode);

        using var other = new BrowserSession(app);
        var otherEmail = await Hosting.Accounts.RegisterAsync(other.Client);
        var otherTokens = await other.SignInAsync(otherEmail, Hosting.Accounts.GoodPassword);
        using var othersList = await other.GetAsync("api/users/me/consents", otherTokens.AccessToken);
        Assert.Empty((await othersList.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        using var othersDelete = await Send(other, HttpMethod.Delete, $"api/users/me/consents/{id}", otherTokens.AccessToken);
        await ProblemAssert.IsProblemAsync(othersDelete, HttpStatusCode.NotFound);

        using var unknown = await Send(owner, HttpMethod.Delete, $"api/users/me/consents/{Guid.NewGuid()}", ownerTokens.AccessToken);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var malformed = await Send(owner, HttpMethod.Delete, "api/users/me/consents/not-a-consent", ownerTokens.AccessToken);
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.NotFound);

        // None of that touched the owner's consent or the app's session.
        Assert.Equal(1, await ConsentsOfAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await flow.RefreshAsync(partnerTokens.RefreshToken!)).Status);
        using var twice = await Send(owner, HttpMethod.Delete, $"api/users/me/consents/{id}", ownerTokens.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, twice.StatusCode);
        using var again = await Send(owner, HttpMethod.Delete, $"api/users/me/consents/{id}", ownerTokens.AccessToken);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> Send(BrowserSession browser, HttpMethod method, string path, string? accessToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await browser.Client.SendAsync(request);
    }

    private Task<int> ConsentsOfAsync(string email) => app.QueryAsync(async db =>
    {
        var user = db.Accounts.Single(a => a.Email == email);
        return await Task.FromResult(db.Consents.Count(c => c.UserId == user.Id && c.RevokedAtUtc == null));
    });
}
