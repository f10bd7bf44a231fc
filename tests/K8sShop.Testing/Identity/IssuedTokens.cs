using System.Net;
using System.Text.Json;

namespace K8sShop.Testing.Identity;

/// <summary>A token endpoint's answer.</summary>
public sealed record IssuedTokens(HttpStatusCode Status, JsonElement Body)
{
    public string? AccessToken => Get("access_token");

    public string? RefreshToken => Get("refresh_token");

    public string? Error => Get("error");

    private string? Get(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value.GetString() : null;
}
