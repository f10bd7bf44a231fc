using K8sShop.Contracts.Stock;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts.Usage;

/// <summary>An order not paid in time gives its held discount uses back.</summary>
public sealed class ReservationExpiredConsumer(Inbox<DiscountsDbContext> inbox, TimeProvider clock)
    : IdempotentConsumer<ReservationExpired, DiscountsDbContext>(inbox)
{
    protected override Task HandleAsync(ReservationExpired message, CancellationToken cancellationToken) =>
        Db.ReleaseAsync(message.OrderId, returnRedeemed: false, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
