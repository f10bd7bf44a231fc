namespace K8sShop.Users.Tokens;

/// <summary>
/// Configuration section <c>Identity</c> as the users service reads it: the issuer's public origin,
/// its keys, its clients and (outside Production) the demo accounts' passwords.
/// </summary>
public sealed class IssuerOptions
{
    public const string Section = "Identity";

    /// <summary>The shop's public origin; the issuer of every token and the base of emailed links.</summary>
    public Uri? Authority { get; set; }

    /// <summary>PEM private keys (PKCS#8 or PKCS#1 RSA), current key first; a Kubernetes Secret in production.</summary>
    public string? SigningKeys { get; set; }

    /// <summary>PEM private keys that encrypt authorization codes and refresh tokens; current first.</summary>
    public string? EncryptionKeys { get; set; }

    /// <summary>
    /// Embedded and distributed modes: where a key pair is generated once and kept (newest file is the
    /// current key; older files still validate until removed).
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>Registered clients by client id. One without a secret is a public (browser) client.</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Demo account password by role (customer, support, admin); ignored in Production.</summary>
    public Dictionary<string, string> DemoPasswords { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Accept the OpenID Connect endpoints over plain http in Production. The operator sets it: TLS ends
    /// at the ingress and every pod listens on plain http 8080, where services ask for their tokens.
    /// </summary>
    public bool AcceptPlainHttp { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
