namespace K8sShop.Users.Tokens;

/// <summary>
/// An account holder's yes to one client for some scopes, given on the consent page (OpenIddict's
/// "authorization", kept in our own <c>consents</c> table because its stores need EF Core 10). A
/// remembered consent answers later requests for the same or fewer scopes without asking again; a
/// one-time consent covers only the code it was given for. Every code and refresh token issued under
/// a consent names it (<see cref="IssuedGrant.ConsentId"/>), so revoking the consent revokes them.
/// </summary>
public sealed class ClientConsent
{
    public const int MaxScopesLength = 512;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>The allowed scopes, space-separated as in OAuth.</summary>
    public string Scopes { get; set; } = "";

    public bool Remembered { get; set; }

    public DateTime GrantedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
