using K8sShop.Contracts.Ordering;
using MassTransit;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Pushes every status change of a customer's order to that customer's connections, whatever their
/// notification preferences say: it drives the live order page, not the inbox (which stays with
/// <see cref="Consumers.OrderStatusChangedConsumer"/> and the preferences). A broadcast consumer: each replica
/// receives every change and pushes it to the connections it holds, since a shopper's hub connection lives
/// on one replica and a competing consumer would reach it only when it happened to land there. A copy
/// redelivered to the same replica is pushed once (<see cref="RecentMessages"/>); a push lost while the
/// page was disconnected is caught up by the page, which reads the order again whenever it reconnects.
/// </summary>
public sealed class OrderStatusPushConsumer(RecentMessages recent, LivePush push) : IConsumer<OrderStatusChanged>
{
    public Task Consume(ConsumeContext<OrderStatusChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (message.CustomerId is not { } customer)
        {
            return Task.CompletedTask; // a guest's order: nobody is signed in to follow it
        }

        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        return recent.FirstSighting(messageId)
            ? push.PushOrderStatusAsync(customer, new OrderStatusPush(message.OrderId, message.Status, message.ChangedAt), context.CancellationToken)
            : Task.CompletedTask;
    }
}
