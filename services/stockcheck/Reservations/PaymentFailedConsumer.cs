using K8sShop.Contracts.Ordering;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>An order whose payment failed gives its reserved stock back.</summary>
public sealed class PaymentFailedConsumer(Inbox<StockcheckDbContext> inbox, TimeProvider clock, InventoryClient inventory)
    : IdempotentConsumer<PaymentFailed, StockcheckDbContext>(inbox)
{
    protected override Task HandleAsync(PaymentFailed message, CancellationToken cancellationToken) =>
        ReservationRelease.ReleaseAsync(Db, inventory, message.OrderId, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
