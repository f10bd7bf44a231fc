using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace K8sShop.Testing.Identity;

/// <summary>
/// Gets real access tokens from a running users service (the shop's issuer), the way its clients do:
/// the browser app's authorization code + PKCE through the login page, or a service's client credentials.
/// Suites of other services host the users service beside theirs and sign in with its demo accounts.
/// </summary>
public sealed partial class ShopSignIn(Uri issuer, Uri redirectUri) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = issuer,
    };

    /// <summary>The browser: its cookies hold the login session once signed in; redirects are not followed.</summary>
    public HttpClient Client => _client;

    /// <summary>Signs in on the login page as the <c>storefront</c> client and exchanges the code.</summary>
    public async Task<IssuedTokens> SignInAsync(string email, string password, string scope = "openid profile roles offline_access")
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "storefront",
            ["redirect_uri"] = redirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        using var first = await _client.GetAsync(new Uri(authorize, UriKind.Relative));
        var location = first.Headers.Location ?? throw new InvalidOperationException($"authorize answered {first.StatusCode} without a redirect");
        if (location.AbsolutePath.EndsWith("/account/login", StringComparison.Ordinal))
        {
            using var signedIn = await PostLoginAsync(location, email, password);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"login as {email} answered {signedIn.StatusCode}");
            }

            using var second = await _client.GetAsync(signedIn.Headers.Location);
            location = second.Headers.Location ?? throw new InvalidOperationException($"authorize answered {second.StatusCode} after login");
        }

        var query = QueryHelpers.ParseQuery(location.Query);
        var code = query["code"].ToString();
        if (string.IsNullOrEmpty(code) || !location.ToString().StartsWith(redirectUri.ToString(), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"no authorization code for {redirectUri} in {location}");
        }

        if (query["state"].ToString() != state)
        {
            throw new InvalidOperationException($"the redirect carried another state than the request's: {location}");
        }

        return await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["client_id"] = "storefront",
            ["code_verifier"] = verifier,
        });
    }

    /// <summary>The access token of an account, or an exception saying why there is none.</summary>
    public async Task<string> AccessTokenAsync(string email, string password)
    {
        var tokens = await SignInAsync(email, password);
        return tokens.AccessToken ?? throw new InvalidOperationException($"no access token for {email}: {tokens.Status} {tokens.Error}");
    }

    /// <summary>
    /// The access token of a demo account, which the users service seeds in the background after start-up:
    /// sign-in is tried again until it works or <paramref name="within"/> has passed.
    /// </summary>
    public async Task<string> DemoAccessTokenAsync(string email, string password, TimeSpan within)
    {
        var token = await Eventually.ReachesAsync(
            async () =>
            {
                try
                {
                    return await AccessTokenAsync(email, password);
                }
                catch (InvalidOperationException)
                {
                    return null; // not seeded yet
                }
            },
            t => t is not null,
            within);
        return token ?? throw new InvalidOperationException($"{email} could not sign in within {within.TotalSeconds} s");
    }

    /// <summary>Registers a customer account through the users API, as the storefront's sign-up form does; answers its id.</summary>
    public async Task<Guid> RegisterAsync(string email, string password, string displayName, string? locale = null)
    {
        using var response = await _client.PostAsync(
            new Uri("api/users/accounts", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { email, password, displayName, locale }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"registering {email} answered {response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A service's client-credentials access token.</summary>
    public async Task<string> ServiceTokenAsync(string clientId, string secret)
    {
        var tokens = await TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret });
        return tokens.AccessToken ?? throw new InvalidOperationException($"no service token for {clientId}: {tokens.Status} {tokens.Error}");
    }

    /// <summary>Redeems a refresh token as the <c>storefront</c> client.</summary>
    public Task<IssuedTokens> RefreshAsync(string refreshToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = "storefront",
    });

    public async Task<IssuedTokens> TokenAsync(Dictionary<string, string> parameters)
    {
        using var form = new FormUrlEncodedContent(parameters);
        using var response = await _client.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return new IssuedTokens(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public void Dispose() => _client.Dispose();

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

    /// <summary>A served form's hidden fields (antiforgery token, return URL, ...), decoded.</summary>
    public static Dictionary<string, string> HiddenFields(string page) =>
        HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
