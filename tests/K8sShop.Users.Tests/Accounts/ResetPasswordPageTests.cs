using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>The page the emailed reset link opens: a new password with the link's token, errors in words.</summary>
public sealed class ResetPasswordPageTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task The_emailed_link_opens_a_form_that_sets_the_new_password()
    {
        var (email, link) = await RequestResetAsync();
        using var browser = new BrowserSession(app);

        using var done = await SubmitAsync(browser, link, "Reset-by-page-42");
        var page = await done.Content.ReadAsStringAsync();
        Assert.True(done.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("Password changed", page, StringComparison.Ordinal);

        var tokens = await new BrowserSession(app).SignInAsync(email, "Reset-by-page-42");
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
    }

    [Fact]
    public async Task A_weak_password_is_refused_next_to_the_field_and_the_link_still_works()
    {
        var (email, link) = await RequestResetAsync();
        using var browser = new BrowserSession(app);

        using var weak = await SubmitAsync(browser, link, "weakpass");
        var page = await weak.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("role=\"alert\" id=\"password-error\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"password-error password-rules\"", page, StringComparison.Ordinal);

        using var strong = await SubmitAsync(browser, link, "Second-try-pass-7");
        Assert.Equal(HttpStatusCode.OK, strong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new BrowserSession(app).SignInAsync(email, "Second-try-pass-7")).Status);
    }

    [Fact]
    public async Task A_spent_link_says_it_is_no_longer_valid()
    {
        var (_, link) = await RequestResetAsync();
        using var browser = new BrowserSession(app);
        using var first = await SubmitAsync(browser, link, "Spent-link-pass-1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var again = await SubmitAsync(browser, link, "Spent-link-pass-2");
        var page = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("invalid or has expired", page, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_token_says_the_link_is_not_valid()
    {
        var (email, _) = await RequestResetAsync();
        using var browser = new BrowserSession(app);
        var forged = new Uri(app.Address, $"account/reset-password?email={Uri.EscapeDataString(email)}&token=Zm9yZ2Vk");

        using var response = await SubmitAsync(browser, forged, "Forged-link-pass-1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await new BrowserSession(app).SignInAsync(email, Hosting.Accounts.GoodPassword)).Status);
    }

    [Theory]
    [InlineData("account/reset-password")]
    [InlineData("account/reset-password?email=someone%40example.com")]
    public async Task A_link_without_its_token_opens_a_readable_error(string path)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_pages_antiforgery_token_is_refused()
    {
        var (email, link) = await RequestResetAsync();
        using var client = app.NewClient();
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["token"].ToString();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["token"] = token, ["newPassword"] = "Cross-site-pass-1" });
        using var response = await client.PostAsync(new Uri("account/reset-password", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new BrowserSession(app).SignInAsync(email, Hosting.Accounts.GoodPassword)).Status);
    }

    private async Task<(string Email, Uri Link)> RequestResetAsync()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        using var requested = await client.PostAsJsonAsync("api/users/password-reset", new { email });
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var message = (await app.OutboxBodiesAsync(nameof(Contracts.PasswordResetRequested)))
            .Select(b => JsonDocument.Parse(b).RootElement)
            .Single(e => e.GetProperty("email").GetString() == email);
        var link = new Uri(message.GetProperty("resetLink").GetString()!);
        Assert.Equal("/account/reset-password", link.AbsolutePath);
        return (email, link);
    }

    /// <summary>Opens the link as a browser would and submits its form with the new password.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(BrowserSession browser, Uri link, string newPassword)
    {
        using var opened = await browser.Client.GetAsync(link);
        var page = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.StatusCode == HttpStatusCode.OK, $"{opened.StatusCode}: {page}");
        Assert.Contains("<label for=\"newPassword\">", page, StringComparison.Ordinal);
        var fields = BrowserSession.HiddenFields(page);
        fields["newPassword"] = newPassword;
        using var form = new FormUrlEncodedContent(fields);
        return await browser.Client.PostAsync(new Uri("account/reset-password", UriKind.Relative), form);
    }
}
