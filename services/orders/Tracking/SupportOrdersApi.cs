using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Tracking;

/// <summary>Support agents (and admins) read any order with its history, e.g. from the chat console.</summary>
public static class SupportOrdersApi
{
    public static RouteGroupBuilder MapSupportOrders(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/support/{id:guid}", Get)
            .WithTags("Support")
            .WithSummary("Any customer's order with its status history.")
            .RequireAuthorization(ShopPolicies.Support);
        return api;
    }

    private static async Task<Results<Ok<OrderView>, NotFound>> Get(Guid id, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? TypedResults.NotFound() : TypedResults.Ok(OrderView.Of(order));
    }
}
