using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>
/// What the browser app does, with an HttpClient and a cookie container instead of a browser:
/// authorization code + PKCE through the login page, then token requests.
/// </summary>
public sealed partial class BrowserSession(UsersApp app) : IDisposable
{
    private readonly HttpClient _client = app.NewClient();

    public HttpClient Client => _client;

    /// <summary>Signs in on the login page and exchanges the code; returns the token response.</summary>
    public async Task<TokenResponse> SignInAsync(string email, string password, string scope = "openid profile roles offline_access")
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Base64Url(RandomNumberGenerator.GetBytes(16));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "storefront",
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        using var first = await _client.GetAsync(new Uri(authorize, UriKind.Relative));
        var location = first.Headers.Location;
        if (first.StatusCode == HttpStatusCode.Redirect && location!.AbsolutePath.EndsWith("/account/login", StringComparison.Ordinal))
        {
            using var signedIn = await PostLoginAsync(location, email, password);
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"login: {signedIn.StatusCode} {await signedIn.Content.ReadAsStringAsync()}");
            using var second = await _client.GetAsync(signedIn.Headers.Location);
            location = second.Headers.Location;
            Assert.True(second.StatusCode == HttpStatusCode.Redirect, $"authorize: {second.StatusCode} {await second.Content.ReadAsStringAsync()}");
        }

        Assert.NotNull(location);
        Assert.StartsWith(app.RedirectUri.ToString(), location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(state, query["state"].ToString());
        var code = query["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code), location.ToString());

        return await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["client_id"] = "storefront",
            ["code_verifier"] = verifier,
        });
    }

    /// <summary>Posts the login page's form the way a browser would, antiforgery token included.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(Uri loginPage, string email, string password)
    {
        var page = await _client.GetStringAsync(loginPage);
        var fields = HiddenFields(page);
        fields["email"] = email;
        fields["password"] = password;
        using var form = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri("account/login", UriKind.Relative), form);
    }

    public async Task<TokenResponse> TokenAsync(Dictionary<string, string> parameters)
    {
        using var form = new FormUrlEncodedContent(parameters);
        using var response = await _client.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return new TokenResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public Task<TokenResponse> RefreshAsync(string refreshToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = "storefront",
    });

    public async Task<HttpResponseMessage> GetAsync(string path, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>A served form's hidden fields (antiforgery token, return URL, ...), decoded.</summary>
    public static Dictionary<string, string> HiddenFields(string page) =>
        HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    public static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
