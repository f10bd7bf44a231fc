namespace K8sShop.ServiceDefaults.Auth;

/// <summary>Configuration section <c>Identity</c>: who issues the access tokens every service accepts.</summary>
public sealed class TokenValidationOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// The issuer's public origin (the shop's address, e.g. <c>https://shop.example</c>); its discovery
    /// document gives the signing keys. Unset: no token validates and only anonymous endpoints answer.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>The resource every access token for the shop's APIs names in <c>aud</c>.</summary>
    public string Audience { get; set; } = "k8sshop";

    /// <summary>
    /// Where to fetch the discovery document when it differs from the authority (a service inside the
    /// cluster reaching the issuer by its internal address). The issuer is still checked against
    /// <see cref="Authority"/>.
    /// </summary>
    public Uri? MetadataAddress { get; set; }

    /// <summary>
    /// Whether the discovery document must come over https. Unset: required in Production unless it
    /// comes from this machine. The operator sets false: in a cluster users is reached at its plain-http
    /// service address (TLS ends at the ingress; NetworkPolicies keep port 8080 to the shop's own pods).
    /// </summary>
    public bool? RequireHttpsMetadata { get; set; }
}
