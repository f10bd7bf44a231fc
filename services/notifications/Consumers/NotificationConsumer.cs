using K8sShop.Notifications.Storage;
using MassTransit;

namespace K8sShop.Notifications.Consumers;

/// <summary>
/// The base of the service's consumers: a message this consumer already handled is skipped, on any
/// storage engine. (The relational services use ServiceDefaults' IdempotentConsumer; this one also
/// runs on MongoDB, where there is no shared transaction, so handling is keyed by the message instead.)
/// </summary>
public abstract class NotificationConsumer<TMessage>(IProcessedMessages processed, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        var consumer = GetType().FullName!;
        if (await processed.WasProcessedAsync(consumer, messageId, context.CancellationToken))
        {
            return;
        }

        await HandleAsync(context.Message, messageId, context.CancellationToken);
        await processed.RecordAsync(consumer, messageId, clock.GetUtcNow().UtcDateTime, context.CancellationToken);
    }

    /// <summary>Handles the message; must be safe to repeat for the same <paramref name="messageId"/>.</summary>
    protected abstract Task HandleAsync(TMessage message, Guid messageId, CancellationToken cancellationToken);
}
