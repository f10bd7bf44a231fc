using System.Net;
using System.Text.Json;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>A token endpoint answer.</summary>
public sealed record TokenResponse(HttpStatusCode Status, JsonElement Body)
{
    public string? AccessToken => Get("access_token");

    public string? RefreshToken => Get("refresh_token");

    public string? Error => Get("error");

    private string? Get(string name) => Body.TryGetProperty(name, out var value) ? value.GetString() : null;
}
