using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Step 2 → 3: stock is held; record the price snapshot and the payment deadline, then ask billing to price the order.</summary>
public sealed class StockReservedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<StockReservedConsumer> logger)
    : SagaConsumer<StockReserved>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(StockReserved message) => message.OrderId;

    protected override void Handle(StockReserved message, Order order)
    {
        if (Moved(order, order.ReserveStock(message.Lines, message.ExpiresAt, Now)))
        {
            Db.Publish(new PriceOrder(order.Id, order.CustomerId, message.Lines, order.ShippingAddress.ToMessage(), order.BillingAddress.ToMessage(), order.DiscountCodes));
        }
        else if (order.Status == OrderStatus.Cancelled && !order.WasPaid)
        {
            // Cancelled while stockcheck was still reserving: let go of what it just reserved.
            Db.Publish(new OrderCancelled(order.Id, "The order was cancelled before its stock was reserved", Now));
        }
    }
}
