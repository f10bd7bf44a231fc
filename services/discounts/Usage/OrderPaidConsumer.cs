using K8sShop.Contracts.Ordering;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts.Usage;

/// <summary>A paid order's held discount uses count for good.</summary>
public sealed class OrderPaidConsumer(Inbox<DiscountsDbContext> inbox, TimeProvider clock)
    : IdempotentConsumer<OrderPaid, DiscountsDbContext>(inbox)
{
    protected override Task HandleAsync(OrderPaid message, CancellationToken cancellationToken) =>
        Db.RedeemAsync(message.OrderId, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
