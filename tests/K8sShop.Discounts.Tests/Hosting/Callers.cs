using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace K8sShop.Discounts.Tests.Hosting;

/// <summary>
/// Real access tokens from the users service: two customers and the admin through the login page
/// (authorization code + PKCE, as the browser app does) and billing through client credentials.
/// </summary>
public sealed partial class Callers
{
    private Callers(string customer, string otherCustomer, string admin, string service)
    {
        Customer = customer;
        OtherCustomer = otherCustomer;
        Admin = admin;
        Service = service;
    }

    public string Customer { get; }

    public string OtherCustomer { get; }

    public string Admin { get; }

    public string Service { get; }

    public Guid CustomerId => SubjectOf(Customer);

    public Guid OtherCustomerId => SubjectOf(OtherCustomer);

    public static async Task<Callers> SignInAsync(DiscountsApp app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Demo accounts are seeded in the background after start.
        var customer = await Eventually.ReachesAsync(
            () => TrySignInAsync(app, "customer@demo.k8sshop.io", DiscountsApp.CustomerPassword), t => t is not null, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1));
        var admin = await Eventually.ReachesAsync(
            () => TrySignInAsync(app, "admin@demo.k8sshop.io", DiscountsApp.AdminPassword), t => t is not null, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1));
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        using (var client = app.NewClient())
        {
            using var registered = await client.PostAsJsonAsync("api/users/accounts", new { email, password = "Fresh-password-42", displayName = "Other Shopper" });
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        }

        var other = await TrySignInAsync(app, email, "Fresh-password-42");
        var service = await TokenAsync(app.NewClient(), new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "billing",
            ["client_secret"] = DiscountsApp.BillingSecret,
        });
        Assert.NotNull(customer);
        Assert.NotNull(admin);
        Assert.NotNull(other);
        Assert.NotNull(service);
        return new Callers(customer, other, admin, service);
    }

    private static Guid SubjectOf(string token) => Guid.Parse(new JsonWebToken(token).Subject);

    private static async Task<string?> TrySignInAsync(DiscountsApp app, string email, string password)
    {
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
        var login = first.Headers.Location!;
        var page = await client.GetStringAsync(login);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["email"] = email;
        fields["password"] = password;
        using var form = new FormUrlEncodedContent(fields);
        using var signedIn = await client.PostAsync(new Uri("account/login", UriKind.Relative), form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            return null;
        }

        using var second = await client.GetAsync(signedIn.Headers.Location);
        var code = QueryHelpers.ParseQuery(second.Headers.Location!.Query)["code"].ToString();
        return await TokenAsync(client, new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = app.RedirectUri.ToString(),
            ["client_id"] = "storefront",
            ["code_verifier"] = verifier,
        });
    }

    private static async Task<string?> TokenAsync(HttpClient client, Dictionary<string, string> parameters)
    {
        using (client)
        {
            using var form = new FormUrlEncodedContent(parameters);
            using var response = await client.PostAsync(new Uri("connect/token", UriKind.Relative), form);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return body.TryGetProperty("access_token", out var token) ? token.GetString() : null;
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
