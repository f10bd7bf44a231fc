using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.Users.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Profile;

/// <summary>
/// The support console's look-up of the customer behind a conversation. Support and admins only; a customer
/// has their own profile (<c>/me</c>) and never reads another's. Only accounts holding the customer role are
/// found: staff accounts answer 404 exactly like unknown ids, so the look-up cannot list the team.
/// </summary>
public static class CustomerContactApi
{
    public const string CustomerNotFound = ProblemTypes.Base + "customer-not-found";

    public static RouteGroupBuilder MapCustomerContact(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/customers/{customerId:guid}/contact", GetAsync)
            .WithTags("Support")
            .WithName("customer-contact")
            .WithSummary("A customer's display name and email, for the support agent talking to them.")
            .RequireAuthorization(ShopPolicies.Support);
        return api;
    }

    private static async Task<Results<Ok<CustomerContact>, ProblemHttpResult>> GetAsync(Guid customerId, UserManager<ShopUser> users)
    {
        var user = await users.FindByIdAsync(customerId.ToString());
        return user is null || !await users.IsInRoleAsync(user, ShopRoles.Customer)
            ? TypedResults.Problem($"No customer has the id {customerId}.", statusCode: StatusCodes.Status404NotFound, title: "No such customer.", type: CustomerNotFound)
            : TypedResults.Ok(new CustomerContact(user.Id, user.DisplayName, user.Email ?? ""));
    }
}
