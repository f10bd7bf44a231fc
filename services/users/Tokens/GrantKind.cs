namespace K8sShop.Users.Tokens;

public enum GrantKind
{
    AuthorizationCode = 1,
    RefreshToken = 2,
}
