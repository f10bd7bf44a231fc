using K8sShop.Testing;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>
/// Orders whose users-service address (for saved addresses) is a port nobody listens on, as when the users
/// service is down; the token issuer in the same host still answers, so orders has its token and fails only to call.
/// </summary>
public sealed class OrdersWithoutUsersApp : OrdersApp
{
    protected override Uri UsersServiceAddress { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");
}
