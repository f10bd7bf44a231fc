using System.Net;
using System.Net.Http.Json;
using K8sShop.Users.Profile;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>Addresses: CRUD, one default per kind, and one customer never reaches another's.</summary>
public sealed class AddressesTests(UsersApp app) : IClassFixture<UsersApp>
{
    private static object Home(bool isDefault = false) =>
        new { kind = "Shipping", name = "Ada Lovelace", line1 = "1 Analytical Way", city = "London", postalCode = "N1 7AA", country = "gb", isDefault };

    [Fact]
    public async Task The_first_address_is_the_default_and_a_new_default_replaces_it()
    {
        var (browser, token) = await SignedInCustomerAsync();
        using (browser)
        {
            var first = await CreateAsync(browser, token, Home());
            var second = await CreateAsync(browser, token, Home(isDefault: true));
            Assert.Equal("GB", second.Country);

            var all = await ListAsync(browser, token);
            Assert.Equal(second.Id, Assert.Single(all, a => a.IsDefault).Id);

            using var delete = await SendAsync(browser, token, HttpMethod.Delete, $"api/users/me/addresses/{second.Id}");
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            Assert.Equal(first.Id, Assert.Single(await ListAsync(browser, token)).Id);
            Assert.True((await ListAsync(browser, token))[0].IsDefault);
        }
    }

    [Fact]
    public async Task Customer_a_never_reads_or_changes_customer_bs_addresses()
    {
        var (alice, aliceToken) = await SignedInCustomerAsync();
        var (bob, bobToken) = await SignedInCustomerAsync();
        using (alice)
        using (bob)
        {
            var bobs = await CreateAsync(bob, bobToken, Home());

            using var read = await SendAsync(alice, aliceToken, HttpMethod.Get, $"api/users/me/addresses/{bobs.Id}");
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            using var change = await SendAsync(alice, aliceToken, HttpMethod.Put, $"api/users/me/addresses/{bobs.Id}", Home());
            Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
            using var delete = await SendAsync(alice, aliceToken, HttpMethod.Delete, $"api/users/me/addresses/{bobs.Id}");
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
            Assert.Empty(await ListAsync(alice, aliceToken));
            Assert.Single(await ListAsync(bob, bobToken));
        }
    }

    [Fact]
    public async Task Bad_addresses_answer_400_with_field_errors()
    {
        var (browser, token) = await SignedInCustomerAsync();
        using (browser)
        {
            using var missing = await SendAsync(browser, token, HttpMethod.Post, "api/users/me/addresses", new { kind = "Shipping", country = "Germany" });
            var problem = await ProblemAssert.HasFieldErrorAsync(missing, "country");
            Assert.True(problem.GetProperty("errors").TryGetProperty("line1", out _));
            using var tooLong = await SendAsync(browser, token, HttpMethod.Post, "api/users/me/addresses",
                new { kind = "Billing", name = new string('x', 101), line1 = "a", city = "b", postalCode = "c", country = "DE" });
            await ProblemAssert.HasFieldErrorAsync(tooLong, "name");
        }
    }

    [Fact]
    public async Task Addresses_need_a_token()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri("api/users/me/addresses", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<(BrowserSession Browser, string Token)> SignedInCustomerAsync()
    {
        var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        return (browser, tokens.AccessToken!);
    }

    private static async Task<AddressView> CreateAsync(BrowserSession browser, string token, object body)
    {
        using var response = await SendAsync(browser, token, HttpMethod.Post, "api/users/me/addresses", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AddressView>(Json))!;
    }

    private static async Task<List<AddressView>> ListAsync(BrowserSession browser, string token)
    {
        using var response = await SendAsync(browser, token, HttpMethod.Get, "api/users/me/addresses");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<AddressView>>(Json))!;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static async Task<HttpResponseMessage> SendAsync(BrowserSession browser, string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Authorization = new("Bearer", token);
        return await browser.Client.SendAsync(request);
    }
}
