using K8sShop.Contracts.Stock;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>
/// The order was not paid before its stock reservation ran out: it is cancelled (stockcheck has already
/// released the stock, discounts release their usage on the same event). A paid order is left alone.
/// </summary>
public sealed class ReservationExpiredConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<ReservationExpiredConsumer> logger)
    : SagaConsumer<ReservationExpired>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(ReservationExpired message) => message.OrderId;

    protected override void Handle(ReservationExpired message, Order order)
    {
        if (order.WasPaid)
        {
            SagaLog.Refused(Logger, nameof(ReservationExpired), order.Id, "the order is paid");
            return;
        }

        Moved(order, order.Cancel("Payment was not received before the stock reservation expired", Now));
    }
}
