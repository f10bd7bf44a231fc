using K8sShop.ServiceDefaults.Auth;

namespace K8sShop.Orders;

/// <summary>Who is calling, from the access token's subject.</summary>
public static class Caller
{
    public static Guid? Id(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Guid.TryParse(http.User.FindFirst(ShopClaims.Subject)?.Value, out var id) ? id : null;
    }
}
