using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.Users.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Profile;

/// <summary>
/// A customer's saved address, read by another service of the shop (orders snapshots it on an order placed
/// with an address id). Only service callers may ask; the query is filtered by the customer the caller names,
/// so an address id of another account is not found, exactly like an unknown one.
/// </summary>
public static class CustomerAddressesApi
{
    public const string AddressNotFound = ProblemTypes.Base + "address-not-found";

    public static RouteGroupBuilder MapCustomerAddresses(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/customers/{customerId:guid}/addresses/{addressId:guid}", GetAsync)
            .WithTags("Addresses")
            .WithName("customer-address")
            .WithSummary("One address of one customer, for the shop's services (404 unless it is that customer's).")
            .RequireAuthorization(ShopPolicies.Service);
        return api;
    }

    private static async Task<Results<Ok<AddressView>, ProblemHttpResult>> GetAsync(Guid customerId, Guid addressId, UsersDbContext db, CancellationToken cancellationToken)
    {
        var address = await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == addressId && a.UserId == customerId, cancellationToken);
        return address is null
            ? TypedResults.Problem(
                $"Customer {customerId} has no address {addressId}.", statusCode: StatusCodes.Status404NotFound, title: "No such address.", type: AddressNotFound)
            : TypedResults.Ok(AddressView.Of(address));
    }
}
