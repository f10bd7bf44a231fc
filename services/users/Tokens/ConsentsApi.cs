using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Users.Tokens;

/// <summary>
/// The apps the caller allowed on the consent page: listed, and withdrawn one by one. Withdrawing
/// revokes every code and refresh token issued under that consent; the app's access tokens expire on
/// their own within minutes.
/// </summary>
public static class ConsentsApi
{
    public static RouteGroupBuilder MapConsents(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var consents = api.MapGroup("/me/consents").WithTags("Consents").RequireAuthorization(ShopPolicies.Account);
        consents.MapGet("", List).WithSummary($"The apps the caller allowed, newest first (at most {Consents.MaxListed}).");
        consents.MapDelete("/{id:guid}", Revoke).WithSummary("Withdraws a consent and revokes the tokens issued under it.");
        return api;
    }

    private static async Task<Results<Ok<List<ConsentView>>, UnauthorizedHttpResult>> List(HttpContext http, UsersDbContext db, RegisteredClients clients)
    {
        if (Caller.Id(http) is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        var consents = await Consents.ListAsync(db, me);
        return TypedResults.Ok(consents.Select(c => ConsentView.Of(c, clients)).ToList());
    }

    private static async Task<Results<NoContent, NotFound, UnauthorizedHttpResult>> Revoke(Guid id, HttpContext http, UsersDbContext db, TimeProvider clock)
    {
        if (Caller.Id(http) is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        return await Consents.RevokeAsync(db, me, id, clock) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
