namespace K8sShop.Users.Tokens;

/// <summary>
/// One OAuth client. A public client (no secret: the browser app) may only use authorization code +
/// PKCE and refresh tokens; a confidential client (a service, with a secret) only client credentials.
/// </summary>
public sealed class ClientRegistration
{
    public string? Secret { get; set; }

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    public bool IsPublic => string.IsNullOrEmpty(Secret);
}
