using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Accounts;

/// <summary>An account: ASP.NET Core Identity's user (password hash, lockout, security stamp) plus a display name.</summary>
public sealed class ShopUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 32;

    public string DisplayName { get; set; } = "";
}
