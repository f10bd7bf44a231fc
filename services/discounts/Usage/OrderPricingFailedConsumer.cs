using K8sShop.Contracts.Checkout;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts.Usage;

/// <summary>An order billing could not price gives its held discount uses back.</summary>
public sealed class OrderPricingFailedConsumer(Inbox<DiscountsDbContext> inbox, TimeProvider clock)
    : IdempotentConsumer<OrderPricingFailed, DiscountsDbContext>(inbox)
{
    protected override Task HandleAsync(OrderPricingFailed message, CancellationToken cancellationToken) =>
        Db.ReleaseAsync(message.OrderId, returnRedeemed: false, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
