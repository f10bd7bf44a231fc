using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>
/// Nobody learns from the shop's answers whether an email has an account, and a password is kept
/// only as an Identity hash.
/// </summary>
public sealed partial class AccountPrivacyTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_sign_in_page()
    {
        using var client = app.NewClient();
        var known = await Hosting.Accounts.RegisterAsync(client);
        var unknown = Hosting.Accounts.NewEmail();

        using var browser = new BrowserSession(app);
        using var wrongPassword = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), known, "Wrong-password-1");
        using var noAccount = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), unknown, "Wrong-password-1");

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, noAccount.StatusCode);
        Assert.Equal(
            Comparable(await wrongPassword.Content.ReadAsStringAsync(), known),
            Comparable(await noAccount.Content.ReadAsStringAsync(), unknown));
    }

    [Fact]
    public async Task A_forged_reset_token_gets_the_same_answer_for_a_known_and_an_unknown_email()
    {
        using var client = app.NewClient();
        var known = await Hosting.Accounts.RegisterAsync(client);
        using var forKnown = await client.PostAsJsonAsync("api/users/password-reset/complete", new { email = known, token = "Zm9yZ2Vk", newPassword = "Brand-new-pass-7" });
        using var forUnknown = await client.PostAsJsonAsync("api/users/password-reset/complete", new { email = Hosting.Accounts.NewEmail(), token = "Zm9yZ2Vk", newPassword = "Brand-new-pass-7" });

        var a = await ProblemAssert.HasFieldErrorAsync(forKnown, "token");
        var b = await ProblemAssert.HasFieldErrorAsync(forUnknown, "token");
        Assert.Equal(a.GetProperty("errors").GetRawText(), b.GetProperty("errors").GetRawText());
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_password_is_stored_only_as_an_identity_hash()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);

        var user = await app.QueryAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Email == email));
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(Hosting.Accounts.GoodPassword, user.PasswordHash, StringComparison.Ordinal);
        // Identity's v3 format: a 0x01 marker, then PBKDF2 parameters, salt and subkey.
        Assert.Equal(0x01, Convert.FromBase64String(user.PasswordHash)[0]);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<K8sShop.Users.Accounts.ShopUser>().VerifyHashedPassword(user, user.PasswordHash, Hosting.Accounts.GoodPassword));
        var columns = JsonSerializer.Serialize(user);
        Assert.DoesNotContain(Hosting.Accounts.GoodPassword, columns, StringComparison.Ordinal);
    }

    /// <summary>The page without what legitimately differs: the antiforgery token and the echoed email.</summary>
    private static string Comparable(string page, string email) =>
        AntiforgeryValue().Replace(page, "value=\"\"").Replace(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(email), "", StringComparison.Ordinal);

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}
