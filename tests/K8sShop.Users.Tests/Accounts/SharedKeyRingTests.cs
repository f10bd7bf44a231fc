using System.Net;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>
/// Two users hosts on one database share the data-protection key ring: what one replica protected
/// (login cookie, antiforgery token) the other reads, so a load balancer may send each request anywhere.
/// </summary>
public sealed class SharedKeyRingTests(UsersApp first) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task A_login_cookie_and_antiforgery_token_from_one_replica_are_accepted_by_the_other()
    {
        var second = new UsersReplica(first);
        await second.InitializeAsync();
        try
        {
            // The login form served by the first replica, posted to the second.
            var cookies = new CookieContainer();
            using var atFirst = first.NewClient(cookies);
            var page = await atFirst.GetStringAsync(new Uri("account/login", UriKind.Relative));
            var fields = BrowserSession.HiddenFields(page);
            fields["email"] = AccountSeeder.DemoEmail("customer");
            fields["password"] = UsersApp.CustomerPassword;
            using var atSecond = Plain(second);
            using var login = new HttpRequestMessage(HttpMethod.Post, "account/login") { Content = new FormUrlEncodedContent(fields) };
            login.Headers.Add("Cookie", cookies.GetCookieHeader(first.Address));
            using var signedIn = await atSecond.SendAsync(login);
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"{signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
            var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".k8sshop.session=", StringComparison.Ordinal)).Split(';')[0];

            // The session cookie the second replica issued, presented to the first: no login page.
            using var authorize = new HttpRequestMessage(HttpMethod.Get, AuthorizePath(first));
            authorize.Headers.Add("Cookie", session);
            using var plainFirst = Plain(first);
            using var answered = await plainFirst.SendAsync(authorize);
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
            Assert.StartsWith(first.RedirectUri.ToString(), answered.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(answered.Headers.Location.Query)["code"].ToString()));

            // Without the cookie the same request goes to the login page: the cookie is what counted.
            using var anonymous = await plainFirst.GetAsync(new Uri(AuthorizePath(first), UriKind.Relative));
            Assert.Equal("/account/login", anonymous.Headers.Location!.AbsolutePath);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static HttpClient Plain(UsersApp host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Address };

    private static string AuthorizePath(UsersApp host) => QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "storefront",
        ["redirect_uri"] = host.RedirectUri.ToString(),
        ["response_type"] = "code",
        ["scope"] = "openid",
        ["state"] = "replica-test",
        ["code_challenge"] = BrowserSession.Base64Url(System.Security.Cryptography.SHA256.HashData("a-verifier-of-enough-length-for-pkce-0123456789"u8)),
        ["code_challenge_method"] = "S256",
    });
}
