using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Tracking;

/// <summary>
/// A shopper's own orders. Every query is filtered by the caller's id, so another customer's order is
/// simply not found (404, never 403: its existence is not revealed).
/// </summary>
public static class CustomerOrdersApi
{
    public static RouteGroupBuilder MapCustomerOrders(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var mine = api.MapGroup("").WithTags("My orders").RequireAuthorization(ShopPolicies.Customer);
        mine.MapGet("", List).WithSummary("The caller's orders, newest first, one page at a time.");
        mine.MapGet("/{id:guid}", Get).WithSummary("One of the caller's orders with its status history.");
        mine.MapPost("/{id:guid}/cancel", Cancel).WithSummary("Cancels one of the caller's orders before it ships; a paid order is refunded.");
        return api;
    }

    private static async Task<Results<Ok<PagedOrders>, ValidationProblem, UnauthorizedHttpResult>> List(
        int? page, int? pageSize, HttpContext http, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (Caller.Id(http) is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        var (request, errors) = PageRequest.From(page, pageSize);
        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        return TypedResults.Ok(await request.ReadAsync(db.Orders.AsNoTracking().Where(o => o.CustomerId == me), cancellationToken));
    }

    private static async Task<Results<Ok<OrderView>, NotFound>> Get(Guid id, HttpContext http, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var me = Caller.Id(http);
        var order = await db.Orders.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id && o.CustomerId == me, cancellationToken);
        return order is null ? TypedResults.NotFound() : TypedResults.Ok(OrderView.Of(order));
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult, NotFound>> Cancel(
        Guid id, HttpContext http, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var me = Caller.Id(http);
        var order = await db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id && o.CustomerId == me, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        var result = OrderChanges.Cancel(db, order, "Cancelled by the customer", clock.GetUtcNow());
        return await OrderChanges.SaveAsync(db, result, cancellationToken) is { } problem ? problem : TypedResults.Ok(OrderView.Of(order));
    }
}
