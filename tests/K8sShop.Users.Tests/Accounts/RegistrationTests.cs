using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>Registration, email confirmation and password reset through the public API.</summary>
public sealed class RegistrationTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task A_new_account_is_a_customer_and_its_confirmation_link_travels_as_an_event()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);

        var registered = (await app.OutboxBodiesAsync(nameof(Contracts.UserRegistered))).Select(b => JsonDocument.Parse(b).RootElement).Single(e => e.GetProperty("email").GetString() == email);
        var confirmation = (await app.OutboxBodiesAsync(nameof(Contracts.EmailConfirmationRequested))).Select(b => JsonDocument.Parse(b).RootElement).Single(e => e.GetProperty("email").GetString() == email);
        var link = new Uri(confirmation.GetProperty("confirmationLink").GetString()!);
        Assert.StartsWith(app.Address + "account/confirm-email", link.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(link.Query);

        using var confirmed = await client.PostAsJsonAsync("api/users/accounts/confirm-email", new { userId = query["userId"].ToString(), token = query["token"].ToString() });
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);

        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        using var me = await browser.GetAsync("api/users/me", tokens.AccessToken);
        var profile = await me.Content.ReadFromJsonAsync<Profile.ProfileView>();
        Assert.Equal(registered.GetProperty("userId").GetGuid(), profile!.Id);
        Assert.True(profile.EmailConfirmed);
        Assert.Equal(["customer"], profile.Roles);
    }

    [Fact]
    public async Task The_emailed_confirmation_link_opens_a_page_that_confirms_the_address()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        var confirmation = (await app.OutboxBodiesAsync(nameof(Contracts.EmailConfirmationRequested))).Select(b => JsonDocument.Parse(b).RootElement).Single(e => e.GetProperty("email").GetString() == email);
        var link = new Uri(confirmation.GetProperty("confirmationLink").GetString()!);

        using var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Email confirmed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await client.GetAsync(new Uri(link.ToString().Replace("token=", "token=x", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_forged_confirmation_token_is_refused()
    {
        using var client = app.NewClient();
        await Hosting.Accounts.RegisterAsync(client);
        using var response = await client.PostAsJsonAsync("api/users/accounts/confirm-email", new { userId = Guid.NewGuid(), token = "Zm9yZ2Vk" });
        await ProblemAssert.HasFieldErrorAsync(response, "token");
    }

    [Theory]
    [InlineData("not-an-email", "Fresh-password-42", "email")]
    [InlineData("a@b", "Fresh-password-42", "email")]
    [InlineData("", "Fresh-password-42", "email")]
    [InlineData("weak@example.com", "short", "password")]
    [InlineData("weak@example.com", "alllowercaseletters", "password")]
    [InlineData("weak@example.com", "", "password")]
    public async Task Bad_registrations_answer_400_with_the_field_at_fault(string email, string password, string field)
    {
        using var client = app.NewClient();
        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password });
        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Over_long_fields_answer_400()
    {
        using var client = app.NewClient();
        using var longEmail = await client.PostAsJsonAsync("api/users/accounts", new { email = new string('a', 300) + "@example.com", password = Hosting.Accounts.GoodPassword });
        await ProblemAssert.HasFieldErrorAsync(longEmail, "email");
        using var longName = await client.PostAsJsonAsync("api/users/accounts", new { email = Hosting.Accounts.NewEmail(), password = Hosting.Accounts.GoodPassword, displayName = new string('n', 101) });
        await ProblemAssert.HasFieldErrorAsync(longName, "displayName");
        using var longPassword = await client.PostAsJsonAsync("api/users/accounts", new { email = Hosting.Accounts.NewEmail(), password = "Aa1" + new string('x', 200) });
        await ProblemAssert.HasFieldErrorAsync(longPassword, "password");
    }

    [Fact]
    public async Task A_duplicate_email_answers_400()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password = Hosting.Accounts.GoodPassword });
        await ProblemAssert.HasFieldErrorAsync(response, "email");
    }

    [Fact]
    public async Task A_reset_request_answers_the_same_whether_or_not_the_email_exists_and_the_link_resets()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);

        using var known = await client.PostAsJsonAsync("api/users/password-reset", new { email });
        using var unknown = await client.PostAsJsonAsync("api/users/password-reset", new { email = Hosting.Accounts.NewEmail() });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        var reset = (await app.OutboxBodiesAsync(nameof(Contracts.PasswordResetRequested))).Select(b => JsonDocument.Parse(b).RootElement).Single(e => e.GetProperty("email").GetString() == email);
        var token = QueryHelpers.ParseQuery(new Uri(reset.GetProperty("resetLink").GetString()!).Query)["token"].ToString();
        using var weak = await client.PostAsJsonAsync("api/users/password-reset/complete", new { email, token, newPassword = "weak" });
        await ProblemAssert.HasFieldErrorAsync(weak, "newPassword");
        using var done = await client.PostAsJsonAsync("api/users/password-reset/complete", new { email, token, newPassword = "Brand-new-pass-7" });
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);

        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(email, "Brand-new-pass-7");
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        using var browser = new BrowserSession(app);
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);

        using var wrong = await Send(browser, tokens.AccessToken!, new { currentPassword = "Not-my-password-1", newPassword = "Another-pass-99" });
        await ProblemAssert.HasFieldErrorAsync(wrong, "currentPassword");
        using var changed = await Send(browser, tokens.AccessToken!, new { currentPassword = Hosting.Accounts.GoodPassword, newPassword = "Another-pass-99" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        var refreshed = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task Changing_the_password_without_a_token_answers_401()
    {
        using var client = app.NewClient();
        using var response = await client.PostAsJsonAsync("api/users/me/password", new { currentPassword = "x", newPassword = "y" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(BrowserSession browser, string accessToken, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/users/me/password") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", accessToken);
        return await browser.Client.SendAsync(request);
    }
}
