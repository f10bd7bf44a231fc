using K8sShop.Users.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Users;

/// <summary>Registers the users service; called by its own Program and by the one-process host.</summary>
public static class UsersService
{
    public const string Name = "users";

    public static WebApplicationBuilder AddUsers(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<UsersDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
