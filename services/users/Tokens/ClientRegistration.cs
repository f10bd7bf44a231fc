namespace K8sShop.Users.Tokens;

/// <summary>
/// One OAuth client. A public client (no secret: the browser app) may only use authorization code +
/// PKCE and refresh tokens; a confidential client (a service, with a secret) only client credentials.
/// </summary>
public sealed class ClientRegistration
{
    public string? Secret { get; set; }

    /// <summary>The name the consent page shows; the client id when unset.</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// Whether the account holder must allow the client on the consent page before it gets a code.
    /// The shop's own storefront needs none; an integrator's app does (remembered once allowed).
    /// </summary>
    public bool RequireConsent { get; set; }

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    public bool IsPublic => string.IsNullOrEmpty(Secret);
}
