using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Storage;
using MassTransit;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Pushes every status change of a customer's order to that customer's connections, whatever their
/// notification preferences say: it drives the live order page, not the inbox (which stays with
/// <see cref="Consumers.OrderStatusChangedConsumer"/> and the preferences). The message is claimed before
/// the push, so a redelivery or a concurrent copy pushes nothing more; a push lost to a crash in between
/// is caught up by the page, which reads the order again whenever its connection comes back.
/// </summary>
public sealed class OrderStatusPushConsumer(IProcessedMessages processed, LivePush push, TimeProvider clock) : IConsumer<OrderStatusChanged>
{
    public async Task Consume(ConsumeContext<OrderStatusChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (message.CustomerId is not { } customer)
        {
            return; // a guest's order: nobody is signed in to follow it
        }

        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        if (!await processed.RecordAsync(GetType().FullName!, messageId, clock.GetUtcNow().UtcDateTime, context.CancellationToken))
        {
            return;
        }

        await push.PushOrderStatusAsync(customer, new OrderStatusPush(message.OrderId, message.Status, message.ChangedAt), context.CancellationToken);
    }
}
