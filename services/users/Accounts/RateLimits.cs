namespace K8sShop.Users.Accounts;

/// <summary>
/// Configuration section <c>RateLimits</c>: attempts per client address (a middleware policy) and per
/// account (checked in the handler, since the account is in the body) on login, register and reset.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";
    public const string LoginPolicy = "login";
    public const string RegisterPolicy = "register";
    public const string ResetPolicy = "reset";

    public int LoginPerAddressPerMinute { get; set; } = 60;

    public int RegisterPerAddressPerMinute { get; set; } = 20;

    public int ResetPerAddressPerMinute { get; set; } = 10;

    /// <summary>Sign-in or reset attempts for one email, per <see cref="AccountWindow"/>, from anywhere.</summary>
    public int PerAccount { get; set; } = 10;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}
