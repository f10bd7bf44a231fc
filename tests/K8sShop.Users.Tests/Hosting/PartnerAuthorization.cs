using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>
/// The partner app's authorization code + PKCE flow, step by step, through the login page and the
/// consent page, with an HttpClient in place of the browser.
/// </summary>
public sealed class PartnerAuthorization(BrowserSession browser)
{
    private readonly string _verifier = BrowserSession.Base64Url(RandomNumberGenerator.GetBytes(32));

    public string State { get; } = BrowserSession.Base64Url(RandomNumberGenerator.GetBytes(16));

    public Uri AuthorizeUri(string scope = "openid profile offline_access", string? prompt = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = UsersApp.PartnerClient,
            ["redirect_uri"] = UsersApp.PartnerRedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = State,
            ["code_challenge"] = BrowserSession.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier))),
            ["code_challenge_method"] = "S256",
        };
        if (prompt is not null)
        {
            parameters["prompt"] = prompt;
        }

        return new Uri(QueryHelpers.AddQueryString("connect/authorize", parameters), UriKind.Relative);
    }

    /// <summary>Starts the flow, signing in on the way when the browser has no session yet; the answer after that.</summary>
    public async Task<HttpResponseMessage> StartAsync(string email, string password, string scope = "openid profile offline_access", string? prompt = null)
    {
        var first = await browser.Client.GetAsync(AuthorizeUri(scope, prompt));
        if (first.StatusCode != HttpStatusCode.Redirect || !first.Headers.Location!.AbsolutePath.EndsWith("/account/login", StringComparison.Ordinal))
        {
            return first;
        }

        using var signedIn = await browser.PostLoginAsync(first.Headers.Location, email, password);
        first.Dispose();
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"login: {signedIn.StatusCode}");
        return await browser.Client.GetAsync(signedIn.Headers.Location);
    }

    /// <summary>Submits the consent page the way its buttons do.</summary>
    public async Task<HttpResponseMessage> DecideAsync(HttpResponseMessage consentPage, string decision, bool remember = false, bool withAntiforgery = true)
    {
        ArgumentNullException.ThrowIfNull(consentPage);
        var fields = BrowserSession.HiddenFields(await consentPage.Content.ReadAsStringAsync());
        fields["consent"] = decision;
        if (remember)
        {
            fields["remember"] = "true";
        }

        if (!withAntiforgery)
        {
            fields.Remove("__RequestVerificationToken");
        }

        using var form = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri("connect/authorize", UriKind.Relative), form);
    }

    /// <summary>The code in a redirect to the partner app, after checking it is the partner's and carries our state.</summary>
    public string CodeFrom(HttpResponseMessage redirect)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        var location = redirect.Headers.Location;
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect && location is not null, $"expected a redirect, got {redirect.StatusCode}");
        Assert.StartsWith(UsersApp.PartnerRedirectUri.ToString(), location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(State, query["state"].ToString());
        var code = query["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code), location.ToString());
        return code;
    }

    public Task<IssuedTokens> ExchangeAsync(string code) => browser.TokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = UsersApp.PartnerRedirectUri.ToString(),
        ["client_id"] = UsersApp.PartnerClient,
        ["code_verifier"] = _verifier,
    });

    public Task<IssuedTokens> RefreshAsync(string refreshToken) => browser.TokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = UsersApp.PartnerClient,
    });
}
