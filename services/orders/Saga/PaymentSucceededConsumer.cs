using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>
/// Step 6 → 7: the order is paid and announced with <see cref="OrderPaid"/>. Money captured for an order
/// that is no longer payable (cancelled, expired) is never kept: it is refunded at once.
/// </summary>
public sealed class PaymentSucceededConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<PaymentSucceededConsumer> logger)
    : SagaConsumer<PaymentSucceeded>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(PaymentSucceeded message) => message.OrderId;

    protected override void Handle(PaymentSucceeded message, Order order)
    {
        if (Moved(order, order.MarkPaid(message.PaymentId, Now)))
        {
            Db.Publish(new OrderPaid(order.Id, message.PaymentId, message.AmountMinor, message.Currency, message.SucceededAt));
        }
        else if (order.AcceptLatePayment(message.PaymentId, Now))
        {
            SagaLog.RefundingLatePayment(Logger, order.Id, order.Status, message.PaymentId);
            Db.Publish(new RefundPayment(order.Id, message.AmountMinor, message.Currency, $"The order was {order.Status} when the payment arrived", Guid.CreateVersion7(Now)));
        }
    }
}
