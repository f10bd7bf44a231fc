using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>
/// One browser against the users app: the shared <see cref="ShopSignIn"/> (authorization code + PKCE
/// through the login page, token requests) plus the API calls the tests make with its tokens.
/// </summary>
public sealed class BrowserSession(UsersApp app) : IDisposable
{
    private readonly ShopSignIn _signIn = new(app.Address, app.RedirectUri);

    public HttpClient Client => _signIn.Client;

    /// <summary>Signs in on the login page as the storefront and exchanges the code; returns the token response.</summary>
    public Task<IssuedTokens> SignInAsync(string email, string password, string scope = "openid profile roles offline_access") =>
        _signIn.SignInAsync(email, password, scope);

    public Task<HttpResponseMessage> PostLoginAsync(Uri loginPage, string email, string password) => _signIn.PostLoginAsync(loginPage, email, password);

    public Task<IssuedTokens> TokenAsync(Dictionary<string, string> parameters) => _signIn.TokenAsync(parameters);

    public Task<IssuedTokens> RefreshAsync(string refreshToken) => _signIn.RefreshAsync(refreshToken);

    public async Task<HttpResponseMessage> GetAsync(string path, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await Client.SendAsync(request);
    }

    public void Dispose() => _signIn.Dispose();

    public static Dictionary<string, string> HiddenFields(string page) => ShopSignIn.HiddenFields(page);

    public static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);
}
