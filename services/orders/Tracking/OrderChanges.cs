using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Tracking;

/// <summary>
/// The changes people ask for through the API (cancel, ship, deliver, refund): each loads the order,
/// asks the aggregate, queues the messages the change implies and saves — or answers why not.
/// </summary>
public static class OrderChanges
{
    /// <summary>Cancel before shipping: stock and discounts are released, and a paid order is refunded.</summary>
    public static TransitionResult Cancel(OrdersDbContext db, Order order, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        var result = order.Cancel(reason, now);
        if (result.Succeeded)
        {
            db.Publish(new OrderCancelled(order.Id, reason, now));
            if (order.WasPaid)
            {
                db.Publish(new RefundPayment(order.Id, order.RefundableMinor, order.Currency ?? "", reason, Guid.CreateVersion7(now)));
            }
        }

        return result;
    }

    /// <summary>
    /// An admin refund of a paid, shipped or delivered order, of <paramref name="amountMinor"/> or (null) all that is
    /// left: payments is asked under a new refund request id, the status follows its answer.
    /// </summary>
    public static TransitionResult Refund(OrdersDbContext db, Order order, string reason, long? amountMinor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        var amount = amountMinor ?? order.RefundableMinor;
        var result = order.RequestRefund(reason, amount, now);
        if (result.Succeeded)
        {
            db.Publish(new RefundPayment(order.Id, amount, order.Currency ?? "", reason, Guid.CreateVersion7(now)));
        }

        return result;
    }

    /// <summary>Saves a change; null when saved, else the 409 for a refusal or a concurrent change of the same order.</summary>
    public static async Task<ProblemHttpResult?> SaveAsync(OrdersDbContext db, TransitionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return OrderProblems.Refused(result);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrderProblems.Concurrent();
        }

        return null;
    }
}
