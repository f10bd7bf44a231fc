using K8sShop.Contracts.Checkout;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Step 4 → 5: store what billing priced, then ask payments to charge the total before the reservation expires.</summary>
public sealed class OrderPricedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<OrderPricedConsumer> logger)
    : SagaConsumer<OrderPriced>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(OrderPriced message) => message.OrderId;

    protected override void Handle(OrderPriced message, Order order)
    {
        var token = order.PaymentToken;
        var amounts = new OrderAmounts(
            message.SubtotalMinor, message.DiscountMinor, message.ShippingMinor, message.TaxMinor, message.TotalMinor, message.Currency, message.AppliedDiscountCodes ?? []);
        if (Moved(order, order.Price(amounts, Now)) && token is not null && order.PaymentDeadlineUtc is { } deadline)
        {
            Db.Publish(new ChargePayment(order.Id, order.CustomerId, message.TotalMinor, message.Currency, token, new DateTimeOffset(deadline, TimeSpan.Zero)));
        }
    }
}
