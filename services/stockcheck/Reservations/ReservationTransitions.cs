using K8sShop.Stockcheck.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// Moves an order's record (out of Reserved, mostly) with one conditional UPDATE, so that of a payment, a
/// cancellation and the expiry racing for the same order exactly one wins.
/// </summary>
public static class ReservationTransitions
{
    /// <returns>True when this call moved the record (it was in <paramref name="from"/>).</returns>
    public static async Task<bool> MoveAsync(this StockcheckDbContext db, Guid orderId, OrderReservationStatus from, OrderReservationStatus to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moved = await db.Reservations
            .Where(r => r.OrderId == orderId && r.Status == from)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, to).SetProperty(x => x.UpdatedAtUtc, nowUtc), cancellationToken);
        return moved == 1;
    }

    /// <returns>True when this call moved the record (it was Reserved).</returns>
    public static Task<bool> LeaveReservedAsync(this StockcheckDbContext db, Guid orderId, OrderReservationStatus to, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.MoveAsync(orderId, OrderReservationStatus.Reserved, to, nowUtc, cancellationToken);
}
