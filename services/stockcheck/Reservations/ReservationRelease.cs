using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>Releases an order's stock in inventory and records it, for cancellations and failed payments.</summary>
public static class ReservationRelease
{
    public static async Task ReleaseAsync(StockcheckDbContext db, InventoryClient inventory, Guid orderId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inventory);
        var known = await db.Reservations.FindAsync([orderId], cancellationToken);
        if (known?.Status != OrderReservationStatus.Reserved)
        {
            return;
        }

        var answer = await inventory.ReleaseAsync(orderId, cancellationToken);
        // Conflict: inventory already committed it (paid), so it stays a sale.
        await db.LeaveReservedAsync(orderId, answer == InventoryAnswer.Conflict ? OrderReservationStatus.Committed : OrderReservationStatus.Released, nowUtc, cancellationToken);
    }
}
