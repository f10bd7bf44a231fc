using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Accounts;

/// <summary>The account behind the access token of the current request.</summary>
public static class Caller
{
    public static Guid? Id(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Guid.TryParse(http.User.FindFirst(ShopClaims.Subject)?.Value, out var id) ? id : null;
    }

    public static async Task<ShopUser?> FindAsync(HttpContext http, UserManager<ShopUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        return Id(http) is { } id ? await users.FindByIdAsync(id.ToString()) : null;
    }
}
