using System.Diagnostics;
using K8sShop.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>
/// The base of every consumer. The message id is recorded in the same transaction as the
/// consumer's state change and outgoing messages, so a redelivery is discarded and a failure
/// leaves nothing half done. Two concurrent deliveries race on the inbox's primary key: the loser
/// fails, is retried by the bus, and then finds the message processed.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(Inbox<TContext> inbox) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = inbox.Db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        var consumer = GetType().FullName!;
        var service = inbox.Owner.Service;
        Activity.Current?.SetTag(ServiceIdentity.TagName, service.Name);

        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
            var seen = await Db.ProcessedMessages.AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, context.CancellationToken);
            if (seen)
            {
                MessagingTelemetry.DuplicatesDiscarded.Add(1, new KeyValuePair<string, object?>(ServiceIdentity.TagName, service.Name));
                return;
            }

            Db.ProcessedMessages.Add(new ProcessedMessage
            {
                Consumer = consumer,
                MessageId = messageId,
                ProcessedAtUtc = inbox.Clock.GetUtcNow().UtcDateTime,
            });
            await HandleAsync(context.Message, context.CancellationToken);
            await Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        });
    }

    /// <summary>Change state through <see cref="Db"/> and queue messages with <c>Db.Publish</c>; do not save.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
