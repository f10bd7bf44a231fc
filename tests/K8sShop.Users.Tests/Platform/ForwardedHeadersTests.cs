using System.Net;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Platform;

/// <summary>
/// Behind a TLS-terminating ingress the users service hears plain http from the gateway. From a
/// configured proxy it believes X-Forwarded-Proto/Host/For: its redirects and cookies say https and
/// the shop's host (RateLimitTests shows the per-address limits counting the browser's address); from
/// anyone else it does not.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.BehindProxyApp proxied, UsersApp direct)
    : IClassFixture<ForwardedHeadersTests.BehindProxyApp>, IClassFixture<UsersApp>
{
    /// <summary>The users app whose only peer (this test, on loopback) is its trusted proxy.</summary>
    public sealed class BehindProxyApp : UsersApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
        };
    }

    [Fact]
    public async Task From_a_trusted_proxy_redirects_name_the_https_origin_and_the_session_cookie_is_secure()
    {
        using var browser = new BrowserSession(proxied);
        AsIngress(browser.Client, "203.0.113.10");

        using var authorize = await browser.Client.GetAsync(StorefrontAuthorize(proxied));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith("https://shop.example/account/login?", authorize.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The cookie container would not send a secure cookie over http, so the login is posted by hand.
        using var signedIn = await browser.PostLoginAsync(new Uri(proxied.Address, "account/login"), K8sShop.Users.Accounts.AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".k8sshop.session=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task From_anyone_else_the_forwarded_headers_are_ignored()
    {
        using var browser = new BrowserSession(direct);
        AsIngress(browser.Client, "203.0.113.11");

        using var authorize = await browser.Client.GetAsync(StorefrontAuthorize(direct));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith(direct.Address + "account/login?", authorize.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static void AsIngress(HttpClient client, string browserAddress)
    {
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "shop.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", browserAddress);
    }

    private static Uri StorefrontAuthorize(UsersApp app) => new(
        "connect/authorize?client_id=storefront&response_type=code&scope=openid&redirect_uri=" + Uri.EscapeDataString(app.RedirectUri.ToString())
        + "&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256",
        UriKind.Relative);
}
