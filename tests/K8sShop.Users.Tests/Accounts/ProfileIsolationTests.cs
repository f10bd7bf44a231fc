using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using K8sShop.Users.Profile;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>The profile is always the token's own account: customer A never reads or changes customer B's.</summary>
public sealed class ProfileIsolationTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task Each_customer_reads_and_changes_only_their_own_profile()
    {
        var (alice, aliceEmail, aliceToken) = await SignedInCustomerAsync();
        var (bob, bobEmail, bobToken) = await SignedInCustomerAsync();
        using (alice)
        using (bob)
        {
            using var aliceUpdate = await PutAsync(alice, aliceToken, new { displayName = "Alice A.", phone = "+44 20 7946 0001" });
            Assert.Equal(HttpStatusCode.OK, aliceUpdate.StatusCode);
            using var bobUpdate = await PutAsync(bob, bobToken, new { displayName = "Bob B.", phone = "+44 20 7946 0002" });
            Assert.Equal(HttpStatusCode.OK, bobUpdate.StatusCode);

            var aliceView = await GetAsync(alice, aliceToken);
            var bobView = await GetAsync(bob, bobToken);
            Assert.Equal((aliceEmail, "Alice A."), (aliceView.Email, aliceView.DisplayName));
            Assert.Equal((bobEmail, "Bob B."), (bobView.Email, bobView.DisplayName));
        }
    }

    private async Task<(BrowserSession Browser, string Email, string Token)> SignedInCustomerAsync()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return (browser, email, tokens.AccessToken!);
    }

    private static async Task<ProfileView> GetAsync(BrowserSession browser, string token)
    {
        using var response = await browser.GetAsync("api/users/me", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProfileView>())!;
    }

    private static async Task<HttpResponseMessage> PutAsync(BrowserSession browser, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/users/me") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await browser.Client.SendAsync(request);
    }
}
