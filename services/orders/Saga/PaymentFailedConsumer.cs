using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Step 6, compensation: the payment failed for good. Stockcheck and discounts release on the same event.</summary>
public sealed class PaymentFailedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<PaymentFailedConsumer> logger)
    : SagaConsumer<PaymentFailed>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(PaymentFailed message) => message.OrderId;

    protected override void Handle(PaymentFailed message, Order order) =>
        Moved(order, order.FailPayment("Payment failed: " + message.Reason, Now));
}
