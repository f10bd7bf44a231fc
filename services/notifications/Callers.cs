using System.Security.Claims;
using K8sShop.ServiceDefaults.Auth;

namespace K8sShop.Notifications;

/// <summary>Who is calling: the user id in the access token's subject.</summary>
public static class Callers
{
    /// <summary>The caller's user id; endpoints that use it require a signed-in user, so a token without one is refused earlier.</summary>
    public static Guid UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirst(ShopClaims.Subject)?.Value, out var id)
            ? id
            : throw new InvalidOperationException("The access token has no user subject.");
    }
}
