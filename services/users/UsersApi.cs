using K8sShop.ServiceDefaults.Api;
using K8sShop.Users.Accounts;
using K8sShop.Users.Pages;
using K8sShop.Users.Profile;
using K8sShop.Users.Tokens;

namespace K8sShop.Users;

/// <summary>
/// The users service's HTTP endpoints: its API under <c>/api/users</c>, the OpenID Connect endpoints
/// under <c>/connect</c> and the sign-in page under <c>/account</c>.
/// </summary>
public static class UsersApi
{
    public static WebApplication MapUsers(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapServiceApi(UsersService.Name).MapAccounts().MapProfile().MapAddresses().MapCustomerAddresses().MapCustomerContact().MapConsents();
        app.MapConnect();
        app.MapAccountPages();
        return app;
    }
}
