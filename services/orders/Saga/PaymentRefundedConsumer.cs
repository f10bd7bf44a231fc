using K8sShop.Contracts.Checkout;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>
/// Payments gave money back: the amount is added to what was refunded, and the order is Refunded once the whole total
/// is back (billing issues a credit note for each refund from the same event).
/// </summary>
public sealed class PaymentRefundedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<PaymentRefundedConsumer> logger)
    : SagaConsumer<PaymentRefunded>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(PaymentRefunded message) => message.OrderId;

    protected override void Handle(PaymentRefunded message, Order order) =>
        Moved(order, order.RecordRefund(message.AmountMinor, $"Refunded {message.AmountMinor} {message.Currency} (minor units): {message.Reason}", Now));
}
