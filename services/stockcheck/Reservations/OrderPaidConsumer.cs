using K8sShop.Contracts.Ordering;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>A paid order's reservation becomes a sale in inventory.</summary>
public sealed partial class OrderPaidConsumer(Inbox<StockcheckDbContext> inbox, TimeProvider clock, InventoryClient inventory, ILogger<OrderPaidConsumer> logger)
    : IdempotentConsumer<OrderPaid, StockcheckDbContext>(inbox)
{
    protected override async Task HandleAsync(OrderPaid message, CancellationToken cancellationToken)
    {
        var known = await Db.Reservations.FindAsync([message.OrderId], cancellationToken);
        if (known?.Status != OrderReservationStatus.Reserved)
        {
            // Nothing reserved (rejected, unknown), or already settled; an expired one is the saga's to refund.
            LogNothingToCommit(logger, message.OrderId, known?.Status.ToString() ?? "unknown");
            return;
        }

        var answer = await inventory.CommitAsync(message.OrderId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await Db.LeaveReservedAsync(message.OrderId, answer == InventoryAnswer.Conflict ? OrderReservationStatus.Released : OrderReservationStatus.Committed, now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} was paid but its reservation is {Status}; nothing committed")]
    private static partial void LogNothingToCommit(ILogger logger, Guid orderId, string status);
}
