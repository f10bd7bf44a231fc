using K8sShop.Contracts.Ordering;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>A cancelled order's reserved stock goes back on sale.</summary>
public sealed class OrderCancelledConsumer(Inbox<StockcheckDbContext> inbox, TimeProvider clock, InventoryClient inventory)
    : IdempotentConsumer<OrderCancelled, StockcheckDbContext>(inbox)
{
    protected override Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken) =>
        ReservationRelease.ReleaseAsync(Db, inventory, message.OrderId, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
