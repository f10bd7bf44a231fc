using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Testing;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Support;

/// <summary>
/// <c>GET /api/users/customers/{id}/contact</c>: the support console's look-up of who a conversation is with.
/// Support and admins read a customer's name and email, nothing more; customers, services and strangers
/// read nobody's, not even their own through it.
/// </summary>
public sealed class CustomerContactTests(UsersApp app) : IClassFixture<UsersApp>, IDisposable
{
    private readonly List<BrowserSession> _browsers = [];

    [Fact]
    public async Task Support_and_admins_read_a_customers_name_and_email_and_nothing_else()
    {
        var customer = await CustomerAsync("Camille Martin", "+33 1 23 45 67 89");

        foreach (var role in new[] { "support", "admin" })
        {
            var token = await StaffTokenAsync(role);
            using var response = await customer.Browser.GetAsync(ContactOf(customer.Id), token);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {response.StatusCode}");
            var contact = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(["displayName", "email", "id"], contact.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(customer.Id, contact.GetProperty("id").GetGuid());
            Assert.Equal("Camille Martin", contact.GetProperty("displayName").GetString());
            Assert.Equal(customer.Email, contact.GetProperty("email").GetString());
            Assert.DoesNotContain("45 67 89", contact.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Customers_may_not_look_up_anyone_not_even_themselves()
    {
        var alice = await CustomerAsync("Alice", phone: null);
        var bob = await CustomerAsync("Bob", phone: null);

        using var herself = await alice.Browser.GetAsync(ContactOf(alice.Id), alice.Token);
        Assert.Equal(HttpStatusCode.Forbidden, herself.StatusCode);
        using var another = await alice.Browser.GetAsync(ContactOf(bob.Id), alice.Token);
        Assert.Equal(HttpStatusCode.Forbidden, another.StatusCode);
        Assert.DoesNotContain(bob.Email, await another.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strangers_get_401_and_the_shops_services_403()
    {
        var customer = await CustomerAsync("Carol", phone: null);

        using var anonymous = await customer.Browser.GetAsync(ContactOf(customer.Id), accessToken: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var service = await customer.Browser.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = UsersApp.ServiceSecret });
        using var byService = await customer.Browser.GetAsync(ContactOf(customer.Id), service.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, byService.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_and_staff_accounts_are_not_found_and_malformed_ids_match_no_endpoint()
    {
        var browser = Browser();
        var support = await StaffTokenAsync("support");

        using var unknown = await browser.GetAsync(ContactOf(Guid.NewGuid()), support);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "customer-not-found");

        // The team's own accounts are not customers: the look-up does not reveal them.
        using var me = await browser.GetAsync("api/users/me", support);
        var supportId = (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var staff = await browser.GetAsync(ContactOf(supportId), support);
        await ProblemAssert.IsProblemAsync(staff, HttpStatusCode.NotFound, "customer-not-found");

        foreach (var malformed in new[] { "not-a-guid", "12345" })
        {
            using var response = await browser.GetAsync($"api/users/customers/{malformed}/contact", support);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        }
    }

    public void Dispose() => _browsers.ForEach(b => b.Dispose());

    private static string ContactOf(Guid id) => $"api/users/customers/{id}/contact";

    private async Task<string> StaffTokenAsync(string role)
    {
        using var browser = new BrowserSession(app);
        var password = role == "admin" ? UsersApp.AdminPassword : UsersApp.SupportPassword;
        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail(role), password);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens.AccessToken!;
    }

    /// <summary>A freshly registered, signed-in customer who has set a display name (and a phone the look-up must not show).</summary>
    private async Task<SignedInCustomer> CustomerAsync(string displayName, string? phone)
    {
        var browser = Browser();
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);

        using var update = new HttpRequestMessage(HttpMethod.Put, "api/users/me") { Content = JsonContent.Create(new { displayName, phone }) };
        update.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var updated = await browser.Client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var id = (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new SignedInCustomer(browser, id, email, tokens.AccessToken!);
    }

    private BrowserSession Browser()
    {
        var browser = new BrowserSession(app);
        _browsers.Add(browser);
        return browser;
    }

    private sealed record SignedInCustomer(BrowserSession Browser, Guid Id, string Email, string Token);
}
