using System.Net;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>After a sign-in, refresh, service token and failed logins, no log line holds a secret.</summary>
public sealed class SecretsInLogsTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task No_log_line_contains_a_token_a_password_or_a_key()
    {
        using var browser = new BrowserSession(app);
        var email = await Hosting.Accounts.RegisterAsync(browser.Client);
        using (await browser.PostLoginAsync(new Uri(app.Address, "account/login"), email, "Wrong-guess-123")) { }
        var tokens = await browser.SignInAsync(email, Hosting.Accounts.GoodPassword);
        var refreshed = await browser.RefreshAsync(tokens.RefreshToken!);
        var replay = await browser.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        var service = await browser.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = UsersApp.ServiceSecret });
        using (await browser.GetAsync("api/users/me", tokens.AccessToken)) { }
        var demo = new BrowserSession(app);
        await demo.SignInAsync(AccountSeeder.DemoEmail("admin"), UsersApp.AdminPassword);
        demo.Dispose();

        var secrets = new[]
        {
            Hosting.Accounts.GoodPassword, "Wrong-guess-123", UsersApp.AdminPassword, UsersApp.CustomerPassword, UsersApp.ServiceSecret,
            tokens.AccessToken!, tokens.RefreshToken!, refreshed.AccessToken!, refreshed.RefreshToken!, service.AccessToken!,
            "PRIVATE KEY",
        };
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
}
