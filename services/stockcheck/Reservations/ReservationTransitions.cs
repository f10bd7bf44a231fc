using K8sShop.Stockcheck.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// Moves an order's record out of Reserved with one conditional UPDATE, so that of a payment, a
/// cancellation and the expiry racing for the same order exactly one wins.
/// </summary>
public static class ReservationTransitions
{
    /// <returns>True when this call moved the record (it was Reserved).</returns>
    public static async Task<bool> LeaveReservedAsync(this StockcheckDbContext db, Guid orderId, OrderReservationStatus to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moved = await db.Reservations
            .Where(r => r.OrderId == orderId && r.Status == OrderReservationStatus.Reserved)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, to).SetProperty(x => x.UpdatedAtUtc, nowUtc), cancellationToken);
        return moved == 1;
    }
}
