using K8sShop.Notifications.Data;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Notifications.Storage.EfCore;

/// <summary>Processed message ids in the inbox table every ServiceDbContext already has.</summary>
public sealed class EfProcessedMessages(NotificationsDbContext db) : IProcessedMessages
{
    public Task<bool> WasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken) =>
        db.ProcessedMessages.AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, cancellationToken);

    public async Task<bool> RecordAsync(string consumer, Guid messageId, DateTime processedAtUtc, CancellationToken cancellationToken)
    {
        if (await WasProcessedAsync(consumer, messageId, cancellationToken))
        {
            return false;
        }

        db.ProcessedMessages.Add(new ProcessedMessage { Consumer = consumer, MessageId = messageId, ProcessedAtUtc = processedAtUtc });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery recorded it first.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
