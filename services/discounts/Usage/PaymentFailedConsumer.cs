using K8sShop.Contracts.Ordering;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts.Usage;

/// <summary>An order whose payment failed gives its held discount uses back.</summary>
public sealed class PaymentFailedConsumer(Inbox<DiscountsDbContext> inbox, TimeProvider clock)
    : IdempotentConsumer<PaymentFailed, DiscountsDbContext>(inbox)
{
    protected override Task HandleAsync(PaymentFailed message, CancellationToken cancellationToken) =>
        Db.ReleaseAsync(message.OrderId, returnRedeemed: false, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
