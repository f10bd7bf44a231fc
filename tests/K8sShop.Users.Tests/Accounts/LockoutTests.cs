using System.Net;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>Guessing passwords locks the account and runs into the rate limit; never a 5xx.</summary>
public sealed class LockoutTests(LockoutTests.StrictApp app) : IClassFixture<LockoutTests.StrictApp>
{
    /// <summary>The users app with the production-like per-account limit of 10 attempts.</summary>
    public sealed class StrictApp : UsersApp
    {
        protected override Dictionary<string, string?> Settings => new() { ["RateLimits:PerAccount"] = "10" };
    }

    [Fact]
    public async Task Twenty_wrong_passwords_lock_the_account_and_answer_429_without_any_5xx()
    {
        using var client = app.NewClient();
        var email = await Hosting.Accounts.RegisterAsync(client);
        using var browser = new BrowserSession(app);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var response = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), email, $"Wrong-password-{attempt}");
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<K8sShop.Users.Accounts.ShopUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answers_as_a_known_one()
    {
        using var browser = new BrowserSession(app);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var response = await browser.PostLoginAsync(new Uri(app.Address, "account/login"), Hosting.Accounts.NewEmail(), "Wrong-password-1");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
    }
}
