using K8sShop.Contracts.Ordering;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// A cancelled order's stock goes back on sale: a reservation is released; a sale (cancelled after payment,
/// before shipping) is returned to on hand.
/// </summary>
public sealed class OrderCancelledConsumer(Inbox<StockcheckDbContext> inbox, TimeProvider clock, InventoryClient inventory)
    : IdempotentConsumer<OrderCancelled, StockcheckDbContext>(inbox)
{
    protected override async Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var known = await Db.Reservations.FindAsync([message.OrderId], cancellationToken);
        if (known?.Status != OrderReservationStatus.Committed)
        {
            await ReservationRelease.ReleaseAsync(Db, inventory, message.OrderId, now, cancellationToken);
            return;
        }

        var answer = await inventory.ReturnAsync(message.OrderId, cancellationToken);
        if (answer != InventoryAnswer.Done)
        {
            throw new InvalidOperationException($"Inventory answered {answer} to returning the stock of cancelled order {message.OrderId}.");
        }

        await Db.MoveAsync(message.OrderId, OrderReservationStatus.Committed, OrderReservationStatus.Returned, now, cancellationToken);
    }
}
