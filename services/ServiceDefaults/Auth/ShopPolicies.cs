namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// The authorization policies every service shares. An endpoint names one of these with
/// <c>RequireAuthorization(ShopPolicies.X)</c>, or says <c>AllowAnonymous()</c>; the start-up audit
/// refuses endpoints that say neither.
/// </summary>
public static class ShopPolicies
{
    /// <summary>A signed-in shopper acting on their own data.</summary>
    public const string Customer = "Customer";

    /// <summary>Any signed-in person (customer, support or admin) acting on their own account.</summary>
    public const string Account = "Account";

    /// <summary>A support agent, or an admin (who can do everything support can).</summary>
    public const string Support = "Support";

    /// <summary>A shop admin.</summary>
    public const string Admin = "Admin";

    /// <summary>Another service of the shop, calling with a client-credentials token.</summary>
    public const string Service = "Service";

    public static readonly IReadOnlyList<string> All = [Customer, Account, Support, Admin, Service];
}
