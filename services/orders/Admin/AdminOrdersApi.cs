using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.Orders.Tracking;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Admin;

/// <summary>Every customer's orders for shop admins: find them, ship, deliver, refund.</summary>
public static class AdminOrdersApi
{
    public const int MaxReasonLength = 500;

    public static RouteGroupBuilder MapAdminOrders(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var admin = api.MapGroup("/admin").WithTags("Order administration").RequireAuthorization(ShopPolicies.Admin);
        admin.MapGet("", List).WithSummary("All orders, newest first, filtered by status, customer and creation date.");
        admin.MapPost("/{id:guid}/ship", Ship).WithSummary("Marks a paid order shipped with the carrier's tracking number.");
        admin.MapPost("/{id:guid}/deliver", Deliver).WithSummary("Marks a shipped order delivered.");
        admin.MapPost("/{id:guid}/refund", Refund).WithSummary("Refunds a paid, shipped or delivered order through payments, wholly or in part (amountMinor).");
        return api;
    }

    private static async Task<Results<Ok<PagedOrders>, ValidationProblem>> List(
        string? status, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        OrdersDbContext db, CancellationToken cancellationToken)
    {
        var (request, errors) = PageRequest.From(page, pageSize);
        OrderStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = ["One of " + string.Join(", ", Enum.GetNames<OrderStatus>()) + "."];
            }
        }

        if (from is not null && to is not null && from > to)
        {
            errors["to"] = ["Not before 'from'."];
        }

        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        var orders = db.Orders.AsNoTracking();
        if (wanted is { } s)
        {
            orders = orders.Where(o => o.Status == s);
        }

        if (customerId is { } customer)
        {
            orders = orders.Where(o => o.CustomerId == customer);
        }

        if (from is { } since)
        {
            var fromUtc = since.UtcDateTime;
            orders = orders.Where(o => o.CreatedAtUtc >= fromUtc);
        }

        if (to is { } until)
        {
            var toUtc = until.UtcDateTime;
            orders = orders.Where(o => o.CreatedAtUtc < toUtc);
        }

        return TypedResults.Ok(await request.ReadAsync(orders, cancellationToken));
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult, NotFound>> Ship(
        Guid id, ShipRequest request, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tracking = request.TrackingNumber?.Trim();
        if (string.IsNullOrEmpty(tracking) || tracking.Length > Order.MaxTrackingNumberLength)
        {
            return OrderProblems.Invalid(new Dictionary<string, string[]> { ["trackingNumber"] = [$"A tracking number of 1 to {Order.MaxTrackingNumberLength} characters."] });
        }

        return await ChangeAsync(db, id, order => order.Ship(tracking, clock.GetUtcNow()), cancellationToken);
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult, NotFound>> Deliver(
        Guid id, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await ChangeAsync(db, id, order => order.Deliver(clock.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult, NotFound>> Refund(
        Guid id, RefundRequest? request, OrdersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? "Refunded by the shop" : request.Reason.Trim();
        if (reason.Length > MaxReasonLength)
        {
            return OrderProblems.Invalid(new Dictionary<string, string[]> { ["reason"] = [$"At most {MaxReasonLength} characters."] });
        }

        if (request?.AmountMinor is < 1)
        {
            return OrderProblems.Invalid(new Dictionary<string, string[]> { ["amountMinor"] = ["A positive amount in minor units (cents), or none to refund all that is left."] });
        }

        var order = await db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        if (request?.AmountMinor is { } amount && order.WasPaid && amount > order.RefundableMinor)
        {
            return OrderProblems.RefundTooLarge(amount, order.RefundableMinor, order.Currency ?? "");
        }

        return await OrderChanges.SaveAsync(db, OrderChanges.Refund(db, order, reason, request?.AmountMinor, clock.GetUtcNow()), cancellationToken) is { } problem
            ? problem
            : TypedResults.Ok(OrderView.Of(order));
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult, NotFound>> ChangeAsync(
        OrdersDbContext db, Guid id, Func<Order, TransitionResult> change, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return TypedResults.NotFound();
        }

        return await OrderChanges.SaveAsync(db, change(order), cancellationToken) is { } problem ? problem : TypedResults.Ok(OrderView.Of(order));
    }
}
