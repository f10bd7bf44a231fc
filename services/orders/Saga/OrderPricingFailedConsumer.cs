using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Step 4, compensation: the order cannot be priced, so it is rejected and its reserved stock released.</summary>
public sealed class OrderPricingFailedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<OrderPricingFailedConsumer> logger)
    : SagaConsumer<OrderPricingFailed>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(OrderPricingFailed message) => message.OrderId;

    protected override void Handle(OrderPricingFailed message, Order order)
    {
        var reason = "Pricing failed: " + message.Reason;
        if (Moved(order, order.Reject(reason, Now)))
        {
            Db.Publish(new OrderCancelled(order.Id, reason, Now));
        }
    }
}
