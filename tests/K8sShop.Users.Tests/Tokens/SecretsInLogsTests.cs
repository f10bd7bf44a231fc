using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>
/// The whole life of an account, at Debug level: registration and email confirmation, failed and good
/// sign-ins, refresh and replay, a third party's consent and its withdrawal, revocation, password
/// reset and change, service tokens, logout. Not one captured log line holds a password, a token, a
/// one-time link token, a client secret or key material.
/// </summary>
public sealed class SecretsInLogsTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task No_log_line_contains_a_token_a_password_or_a_key()
    {
        var secrets = new List<string>
        {
            Hosting.Accounts.GoodPassword, "Wrong-guess-123", "Brand-new-pass-7", "Changed-pass-88",
            UsersApp.AdminPassword, UsersApp.CustomerPassword, UsersApp.ServiceSecret,
        };

        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        var confirmation = LinkToken(await LinkAsync(nameof(Contracts.EmailConfirmationRequested), email, "confirmationLink"));
        secrets.AddRange([confirmation, Decoded(confirmation)]);
        using (await browser.Client.GetAsync(new Uri(await LinkAsync(nameof(Contracts.EmailConfirmationRequested), email, "confirmationLink")))) { }

        using (await browser.PostLoginAsync(new Uri(app.Address, "account/login"), email, "Wrong-guess-123")) { }
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        var refreshed = await browser.RefreshAsync(tokens.RefreshToken!);
        var replay = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        secrets.AddRange([tokens.AccessToken!, tokens.RefreshToken!, refreshed.AccessToken!, refreshed.RefreshToken!]);

        var partner = new PartnerAuthorization(browser);
        using var page = await partner.StartAsync(email, Hosting.Accounts.GoodPassword);
        using var allowed = await partner.DecideAsync(page, "accept", remember: true);
        var code = partner.CodeFrom(allowed);
        var partnerTokens = await partner.ExchangeAsync(code);
        secrets.AddRange([code, partnerTokens.AccessToken!, partnerTokens.RefreshToken!]);

        var session = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        secrets.AddRange([session.AccessToken!, session.RefreshToken!]);
        using var consents = await browser.GetAsync("api/users/me/consents", session.AccessToken);
        var consentId = (await consents.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single().GetProperty("id").GetGuid();
        using (var withdraw = new HttpRequestMessage(HttpMethod.Delete, $"api/users/me/consents/{consentId}"))
        {
            withdraw.Headers.Authorization = new("Bearer", session.AccessToken);
            using var withdrawn = await browser.Client.SendAsync(withdraw);
            Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        }

        using (var revoke = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = session.RefreshToken!, ["client_id"] = "storefront" }))
        using (await browser.Client.PostAsync(new Uri("connect/revoke", UriKind.Relative), revoke)) { }

        using (await browser.Client.PostAsJsonAsync("api/users/password-reset", new { email })) { }
        var reset = LinkToken(await LinkAsync(nameof(Contracts.PasswordResetRequested), email, "resetLink"));
        secrets.AddRange([reset, Decoded(reset)]);
        using (var done = await browser.Client.PostAsJsonAsync("api/users/password-reset/complete", new { email, token = reset, newPassword = "Brand-new-pass-7" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }

        var again = await browser.SignInAsync(email, "Brand-new-pass-7");
        secrets.AddRange([again.AccessToken!, again.RefreshToken!]);
        using (var change = new HttpRequestMessage(HttpMethod.Post, "api/users/me/password") { Content = JsonContent.Create(new { currentPassword = "Brand-new-pass-7", newPassword = "Changed-pass-88" }) })
        {
            change.Headers.Authorization = new("Bearer", again.AccessToken);
            using var changed = await browser.Client.SendAsync(change);
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        }

        var service = await browser.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = UsersApp.ServiceSecret });
        secrets.Add(service.AccessToken!);
        var refused = await browser.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = "not-the-secret-9" });
        Assert.NotEqual(HttpStatusCode.OK, refused.Status);
        secrets.Add("not-the-secret-9");
        using (await browser.Client.GetAsync(new Uri("connect/logout", UriKind.Relative))) { }

        using (var demo = new BrowserSession(app))
        {
            var admin = await demo.SignInAsync(AccountSeeder.DemoEmail("admin"), UsersApp.AdminPassword);
            secrets.AddRange([admin.AccessToken!, admin.RefreshToken!]);
        }

        secrets.AddRange(KeyMaterial());
        var lines = app.Logs.Lines.ToList();
        Assert.NotEmpty(lines);
        foreach (var secret in secrets)
        {
            // A JWT's signature alone is enough to find a leaked copy.
            var needle = secret.Count(c => c == '.') == 2 ? secret[(secret.LastIndexOf('.') + 1)..] : secret;
            var leak = lines.FirstOrDefault(l => l.Contains(needle, StringComparison.Ordinal));
            Assert.True(leak is null, $"secret found in log: {leak}");
        }
    }

    /// <summary>A line of base64 from the middle of each private key file, and the PEM header.</summary>
    private IEnumerable<string> KeyMaterial()
    {
        yield return "PRIVATE KEY";
        foreach (var file in Directory.GetFiles(app.KeysFolder, "*.pem"))
        {
            yield return File.ReadAllLines(file)[3];
        }
    }

    private async Task<string> LinkAsync(string messageType, string email, string property) =>
        (await app.OutboxBodiesAsync(messageType)).Select(b => JsonDocument.Parse(b).RootElement)
            .Last(e => e.GetProperty("email").GetString() == email).GetProperty(property).GetString()!;

    /// <summary>Identity's own token inside the link's base64url form.</summary>
    private static string Decoded(string linkToken) => System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(linkToken));

    private static string LinkToken(string link) => QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString();
}
