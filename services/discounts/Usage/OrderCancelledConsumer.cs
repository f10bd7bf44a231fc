using K8sShop.Contracts.Ordering;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts.Usage;

/// <summary>A cancelled order gives its discount uses back: held ones before payment, redeemed ones after.</summary>
public sealed class OrderCancelledConsumer(Inbox<DiscountsDbContext> inbox, TimeProvider clock)
    : IdempotentConsumer<OrderCancelled, DiscountsDbContext>(inbox)
{
    protected override Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken) =>
        Db.ReleaseAsync(message.OrderId, returnRedeemed: true, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
