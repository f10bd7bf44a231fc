using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.Users.Accounts;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>
/// Real access tokens from the users service beside orders: a fresh customer is registered through the
/// API, then signs in the way the browser app does (authorization code + PKCE through the login page).
/// </summary>
public static partial class Tokens
{
    public const string CustomerPassword = "Fresh-password-42";

    public static async Task<string> NewCustomerAsync(OrdersApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        using var client = app.NewClient();
        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password = CustomerPassword, displayName = "Test Shopper" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await SignInAsync(app, email, CustomerPassword);
    }

    public static Task<string> SupportAsync(OrdersApp app) => SignInAsync(app, AccountSeeder.DemoEmail("support"), OrdersApp.SupportPassword);

    public static Task<string> AdminAsync(OrdersApp app) => SignInAsync(app, AccountSeeder.DemoEmail("admin"), OrdersApp.AdminPassword);

    public static async Task<string> SignInAsync(OrdersApp app, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var client = app.NewClient();
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "storefront",
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid profile roles",
            ["state"] = "s",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        using var first = await client.GetAsync(new Uri(authorize, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await client.GetStringAsync(first.Headers.Location);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["email"] = email;
        fields["password"] = password;
        using var form = new FormUrlEncodedContent(fields);
        using var signedIn = await client.PostAsync(new Uri("account/login", UriKind.Relative), form);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"login: {signedIn.StatusCode}");
        using var second = await client.GetAsync(signedIn.Headers.Location);
        var code = QueryHelpers.ParseQuery(second.Headers.Location!.Query)["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code), second.Headers.Location.ToString());

        using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["client_id"] = "storefront",
            ["code_verifier"] = verifier,
        });
        using var token = await client.PostAsync(new Uri("connect/token", UriKind.Relative), exchange);
        var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
