using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Accounts;

/// <summary>The language a customer registers in travels on the registration's events, for the services that write to them.</summary>
public sealed class RegistrationLocaleTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task The_requested_language_travels_on_UserRegistered_and_the_confirmation_request()
    {
        using var client = app.NewClient();
        var email = Hosting.Accounts.NewEmail();

        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password = Hosting.Accounts.GoodPassword, displayName = "Camille", locale = "fr" });

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("fr", (await EventAsync(nameof(Contracts.UserRegistered), email)).GetProperty("locale").GetString());
        var confirmation = await EventAsync(nameof(Contracts.EmailConfirmationRequested), email);
        Assert.Equal(("fr", "Camille"), (confirmation.GetProperty("locale").GetString(), confirmation.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task Without_a_requested_language_the_browsers_first_choice_is_taken()
    {
        using var client = app.NewClient();
        var email = Hosting.Accounts.NewEmail();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/users/accounts") { Content = JsonContent.Create(new { email, password = Hosting.Accounts.GoodPassword }) };
        request.Headers.TryAddWithoutValidation("Accept-Language", "de;q=0.5, fr-CA, en;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("fr-CA", (await EventAsync(nameof(Contracts.UserRegistered), email)).GetProperty("locale").GetString());
    }

    [Theory]
    [InlineData("f")]
    [InlineData("fr_FR")]
    [InlineData("<script>")]
    [InlineData("abcdefghij-klmnopqrstu-vwxyzabcdef-ghijkl")]
    public async Task A_locale_that_is_no_language_tag_answers_400_naming_the_field(string locale)
    {
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email = Hosting.Accounts.NewEmail(), password = Hosting.Accounts.GoodPassword, locale });

        await ProblemAssert.HasFieldErrorAsync(response, "locale");
    }

    private async Task<JsonElement> EventAsync(string type, string email) =>
        (await app.OutboxBodiesAsync(type)).Select(b => JsonDocument.Parse(b).RootElement).Single(e => e.GetProperty("email").GetString() == email);
}
