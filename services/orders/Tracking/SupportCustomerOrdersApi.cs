using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Tracking;

/// <summary>
/// One customer's orders for support agents (and admins): the chat console shows them beside the
/// conversation. Read-only and summaries only; the full order is <c>GET /support/{id}</c>.
/// </summary>
public static class SupportCustomerOrdersApi
{
    public static RouteGroupBuilder MapSupportCustomerOrders(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/support", List)
            .WithTags("Support")
            .WithSummary("One customer's orders, newest first, one page at a time (customerId is required).")
            .RequireAuthorization(ShopPolicies.Support);
        return api;
    }

    private static async Task<Results<Ok<PagedOrders>, ValidationProblem>> List(
        Guid? customerId, int? page, int? pageSize, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var (request, errors) = PageRequest.From(page, pageSize);
        if (customerId is null || customerId == Guid.Empty)
        {
            errors["customerId"] = ["The customer's account id."];
        }

        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        return TypedResults.Ok(await request.ReadAsync(db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId), cancellationToken));
    }
}
