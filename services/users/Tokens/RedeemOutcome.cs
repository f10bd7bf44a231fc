namespace K8sShop.Users.Tokens;

public enum RedeemOutcome
{
    Redeemed = 1,

    /// <summary>Already spent: the token was presented twice.</summary>
    Reused = 2,

    /// <summary>Unknown, expired or revoked.</summary>
    Unknown = 3,
}
