using K8sShop.Contracts.Ordering;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Charging;

/// <summary>
/// Remembers a cancelled order, so that <see cref="PaymentCharger"/> voids a ChargePayment for it that has not
/// been handled yet instead of charging and then refunding. A charge already taken or in flight is left to the
/// saga, which refunds it.
/// </summary>
public sealed class OrderCancelledConsumer(Inbox<PaymentsDbContext> inbox) : IdempotentConsumer<OrderCancelled, PaymentsDbContext>(inbox)
{
    protected override async Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken)
    {
        if (!await Db.CancelledOrders.AnyAsync(c => c.OrderId == message.OrderId, cancellationToken))
        {
            Db.CancelledOrders.Add(new CancelledOrder { OrderId = message.OrderId, CancelledAtUtc = message.CancelledAt.UtcDateTime });
        }
    }
}
