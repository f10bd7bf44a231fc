namespace K8sShop.Users.Tokens;

/// <summary>
/// One authorization code or refresh token we handed out, by its id (a claim inside the encrypted
/// token). The tokens themselves stay self-contained; this row is what makes them single-use and
/// revocable: a code or refresh token is honoured only while its row is <see cref="GrantStatus.Valid"/>.
/// All refresh tokens descending from one sign-in share a <see cref="FamilyId"/>, so presenting a
/// spent one (reuse: a stolen token) revokes the whole family.
/// </summary>
public sealed class IssuedGrant
{
    public const int MaxIdLength = 64;
    public const int MaxClientIdLength = 100;

    public string Id { get; set; } = "";

    public string FamilyId { get; set; } = "";

    public GrantKind Kind { get; set; }

    public Guid UserId { get; set; }

    public string ClientId { get; set; } = "";

    public GrantStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? RedeemedAtUtc { get; set; }

    /// <summary>The consent this grant was issued under, for clients that need one; revoking it revokes the grant.</summary>
    public Guid? ConsentId { get; set; }
}
