using System.Net;
using System.Net.Http.Json;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Tests.Hosting;
using Xunit;

namespace K8sShop.Notifications.Tests.Api;

/// <summary>Channel preferences over REST, per user.</summary>
public sealed class PreferencesApiTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    [Fact]
    public async Task A_user_has_defaults_until_they_choose_and_then_their_own_choice()
    {
        using var client = app.Client((await app.NewCustomerAsync()).AccessToken);
        using var other = app.Client((await app.NewCustomerAsync()).AccessToken);

        Assert.Equal(new PreferencesView(true, false, true, null, null), await client.GetFromJsonAsync<PreferencesView>("api/notifications/preferences"));
        using var saved = await client.PutAsJsonAsync("api/notifications/preferences", new PreferencesView(false, true, true, "+33612345678", "fr"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(new PreferencesView(false, true, true, "+33612345678", "fr"), await client.GetFromJsonAsync<PreferencesView>("api/notifications/preferences"));
        Assert.Equal(new PreferencesView(true, false, true, null, null), await other.GetFromJsonAsync<PreferencesView>("api/notifications/preferences"));
    }

    [Theory]
    [InlineData("{\"email\":true,\"sms\":false,\"inApp\":true,\"phoneNumber\":\"0612\"}", "phoneNumber")]
    [InlineData("{\"email\":true,\"sms\":true,\"inApp\":true}", "sms")]
    [InlineData("{\"email\":true,\"sms\":false,\"inApp\":true,\"locale\":\"de\"}", "locale")]
    public async Task Invalid_preferences_are_a_400_naming_the_field(string body, string field)
    {
        using var client = app.Client((await app.NewCustomerAsync()).AccessToken);

        using var response = await client.PutAsync(new Uri("api/notifications/preferences", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_problem()
    {
        using var client = app.Client((await app.NewCustomerAsync()).AccessToken);

        using var response = await client.PutAsync(new Uri("api/notifications/preferences", UriKind.Relative), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
