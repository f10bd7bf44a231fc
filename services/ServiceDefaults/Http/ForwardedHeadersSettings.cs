namespace K8sShop.ServiceDefaults.Http;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: which peers may tell a service the browser's scheme,
/// host and address (<c>X-Forwarded-Proto</c>, <c>-Host</c>, <c>-For</c>). Behind a TLS-terminating
/// ingress this is how the users service knows its pages are https: redirects, cookies and the
/// discovery document then say https. Nothing configured: the headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.7</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Trusted proxy networks in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe (entries read from the right). Default 1.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
