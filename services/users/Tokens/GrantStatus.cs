namespace K8sShop.Users.Tokens;

public enum GrantStatus
{
    Valid = 1,
    Redeemed = 2,
    Revoked = 3,
}
