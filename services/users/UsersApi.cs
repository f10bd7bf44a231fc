using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Users;

/// <summary>The users service's HTTP endpoints, all under <c>/api/users</c>.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(UsersService.Name);
        return app;
    }
}
