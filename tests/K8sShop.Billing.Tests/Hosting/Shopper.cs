using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Testing.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>
/// A person signed in as the browser app signs in (authorization code + PKCE through the users service's
/// login page, by the shared <see cref="ShopSignIn"/>), holding the access token; <see cref="Id"/> is the token's subject.
/// </summary>
public sealed class Shopper : IDisposable
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
        using var signIn = new ShopSignIn(app.Address, app.RedirectUri);
        return new(app.NewClient(), await signIn.ServiceTokenAsync("billing", BillingApp.BillingSecret));
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
        using var signIn = new ShopSignIn(app.Address, app.RedirectUri);
        return new(app.NewClient(), await signIn.AccessTokenAsync(email, password));
    }
}
