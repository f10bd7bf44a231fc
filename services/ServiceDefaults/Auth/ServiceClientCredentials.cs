namespace K8sShop.ServiceDefaults.Auth;

/// <summary>Who a calling service is at the issuer, and where it asks for tokens.</summary>
public sealed record ServiceClientCredentials(string ClientId, string? Secret, Uri? TokenEndpoint)
{
    public bool IsConfigured => !string.IsNullOrEmpty(Secret) && TokenEndpoint is not null;

    // The secret must never reach a log line through a record's generated ToString.
    public override string ToString() => $"{ClientId} at {TokenEndpoint}";
}
