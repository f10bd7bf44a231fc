using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>Registers fresh customer accounts through the public API.</summary>
public static class Accounts
{
    public const string GoodPassword = "Fresh-password-42";

    public static string NewEmail() => $"shopper-{Guid.NewGuid():N}@example.com";

    public static async Task<string> RegisterAsync(HttpClient client, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        email ??= NewEmail();
        using var response = await client.PostAsJsonAsync("api/users/accounts", new { email, password = GoodPassword, displayName = "Test Shopper" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return email;
    }
}
