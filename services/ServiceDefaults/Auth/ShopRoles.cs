namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// The values of the <c>role</c> claim in access tokens. People get customer, support or admin;
/// <see cref="Service"/> is only ever given to client-credentials tokens, never to an account.
/// </summary>
public static class ShopRoles
{
    public const string Customer = "customer";
    public const string Support = "support";
    public const string Admin = "admin";
    public const string Service = "service";

    /// <summary>The roles an account can hold.</summary>
    public static readonly IReadOnlyList<string> ForAccounts = [Customer, Support, Admin];
}
