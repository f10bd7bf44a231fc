using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>
/// A person signed in as the browser app signs in (authorization code + PKCE through the users service's
/// login page), holding the access token; <see cref="Id"/> is the token's subject.
/// </summary>
public sealed partial class Shopper : IDisposable
{
    private readonly HttpClient _client;

    private Shopper(HttpClient client, string? accessToken)
    {
        _client = client;
        AccessToken = accessToken;
    }

    public string? AccessToken { get; }

    public Guid Id => Guid.Parse(Claim("sub"));

    public static Shopper Anonymous(BillingApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new(app.NewClient(), null);
    }

    public static async Task<Shopper> DemoAsync(BillingApp app, string role, string password) =>
        await SignInAsync(app, K8sShop.Users.Accounts.AccountSeeder.DemoEmail(role), password);

    /// <summary>A fresh customer account, registered through the users API.</summary>
    public static async Task<Shopper> NewCustomerAsync(BillingApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        const string password = "Fresh-password-42";
        using (var client = app.NewClient())
        {
            using var registered = await client.PostAsJsonAsync("api/users/accounts", new { email, password, displayName = "Test Shopper" });
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        }

        return await SignInAsync(app, email, password);
    }

    /// <summary>A client-credentials token of the billing service itself (the role "service").</summary>
    public static async Task<Shopper> ServiceAsync(BillingApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.NewClient();
        var token = await TokenAsync(client, new() { ["grant_type"] = "client_credentials", ["client_id"] = "billing", ["client_secret"] = BillingApp.BillingSecret });
        return new(client, token);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    private string Claim(string name)
    {
        var payload = AccessToken!.Split('.')[1];
        return JsonDocument.Parse(WebEncoders.Base64UrlDecode(payload)).RootElement.GetProperty(name).GetString()!;
    }

    private static async Task<Shopper> SignInAsync(BillingApp app, string email, string password)
    {
        var client = app.NewClient();
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "storefront",
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid profile roles",
            ["state"] = "billing-test",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        using var first = await client.GetAsync(new Uri(authorize, UriKind.Relative));
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, $"authorize: {first.StatusCode}");
        var page = await client.GetStringAsync(first.Headers.Location);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["email"] = email;
        fields["password"] = password;
        using var form = new FormUrlEncodedContent(fields);
        using var signedIn = await client.PostAsync(new Uri("account/login", UriKind.Relative), form);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"login: {signedIn.StatusCode} {await signedIn.Content.ReadAsStringAsync()}");
        using var second = await client.GetAsync(signedIn.Headers.Location);
        var code = QueryHelpers.ParseQuery(second.Headers.Location!.Query)["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code), second.Headers.Location.ToString());

        var token = await TokenAsync(client, new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["client_id"] = "storefront",
            ["code_verifier"] = verifier,
        });
        return new(client, token);
    }

    private static async Task<string> TokenAsync(HttpClient client, Dictionary<string, string> parameters)
    {
        using var form = new FormUrlEncodedContent(parameters);
        using var response = await client.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
