using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Payments;

/// <summary>
/// The inbox check of <see cref="IdempotentConsumer{TMessage,TContext}"/> for the consumers that call a provider
/// and so cannot do all their work in one transaction: the message id is remembered with the final commit.
/// </summary>
public static class Deliveries
{
    public static Task<bool> SeenAsync(ServiceDbContext db, string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ProcessedMessages.AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, cancellationToken);
    }

    public static void Remember(ServiceDbContext db, string consumer, Guid messageId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ProcessedMessages.Add(new ProcessedMessage { Consumer = consumer, MessageId = messageId, ProcessedAtUtc = now.UtcDateTime });
    }
}
