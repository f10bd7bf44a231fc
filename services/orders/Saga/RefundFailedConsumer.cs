using K8sShop.Contracts.Checkout;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Payments could not refund: the order keeps its status, the history tells an admin why, and the refund may be asked again.</summary>
public sealed class RefundFailedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<RefundFailedConsumer> logger)
    : SagaConsumer<RefundFailed>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(RefundFailed message) => message.OrderId;

    protected override void Handle(RefundFailed message, Order order)
    {
        SagaLog.RefundFailed(Logger, order.Id, message.Reason);
        order.RefundFailed(message.Reason, Now);
    }
}
