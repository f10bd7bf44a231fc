using System.Net;
using System.Net.Http.Json;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>
/// Login, registration and reset are limited per browser address and per account. The app trusts its
/// loopback peer as a proxy, so each request can name the browser address it comes from and the two
/// limits are seen apart. Over a limit the answer is 429, never a 5xx.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.StrictLimitsApp app) : IClassFixture<RateLimitTests.StrictLimitsApp>
{
    public sealed class StrictLimitsApp : UsersApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
            ["RateLimits:LoginPerAddressPerMinute"] = "3",
            ["RateLimits:RegisterPerAddressPerMinute"] = "2",
            ["RateLimits:ResetPerAddressPerMinute"] = "3",
            ["RateLimits:PerAccount"] = "2",
        };
    }

    [Fact]
    public async Task Registering_is_limited_per_address()
    {
        var address = NewAddress();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await SendAsync(HttpMethod.Post, "api/users/accounts", address, new { email = Hosting.Accounts.NewEmail(), password = Hosting.Accounts.GoodPassword });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        using var elsewhere = await SendAsync(HttpMethod.Post, "api/users/accounts", NewAddress(), new { email = Hosting.Accounts.NewEmail(), password = Hosting.Accounts.GoodPassword });
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_address_whatever_the_email()
    {
        var address = NewAddress();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await SendAsync(HttpMethod.Post, "api/users/password-reset", address, new { email = Hosting.Accounts.NewEmail() });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_account_from_any_address_and_an_unknown_account_counts_the_same()
    {
        using var client = app.NewClient();
        var known = await Hosting.Accounts.RegisterAsync(client);
        foreach (var email in new[] { known, Hosting.Accounts.NewEmail() })
        {
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                using var response = await SendAsync(HttpMethod.Post, "api/users/password-reset", NewAddress(), new { email });
                statuses.Add(response.StatusCode);
            }

            Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        }
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_from_any_address()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var browser = new BrowserSession(app);
            browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", NewAddress());
            using var response = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), email, "Wrong-password-1");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_whatever_the_account()
    {
        using var browser = new BrowserSession(app);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", NewAddress());
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), Hosting.Accounts.NewEmail(), "Wrong-password-1");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);

        // Another browser behind the same proxy has its own count.
        using var other = new BrowserSession(app);
        other.Client.DefaultRequestHeaders.Add("X-Forwarded-For", NewAddress());
        using var admitted = await other.PostLoginAsync(new Uri(app.Address, "account/login"), Hosting.Accounts.NewEmail(), "Wrong-password-1");
        Assert.Equal(HttpStatusCode.BadRequest, admitted.StatusCode);
    }

    private static int _addresses;

    /// <summary>A browser address no other request of this class used (198.18.0.0/15 is for tests).</summary>
    private static string NewAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return $"198.18.{n / 250}.{(n % 250) + 1}";
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string address, object body)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }
}
