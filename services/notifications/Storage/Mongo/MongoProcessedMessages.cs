using MongoDB.Driver;

namespace K8sShop.Notifications.Storage.Mongo;

/// <summary>Processed message ids in the <c>processed_messages</c> collection.</summary>
public sealed class MongoProcessedMessages(MongoCollections collections) : IProcessedMessages
{
    public async Task<bool> WasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken) =>
        await collections.ProcessedMessages.Find(p => p.Consumer == consumer && p.MessageId == messageId).AnyAsync(cancellationToken);

    public async Task<bool> RecordAsync(string consumer, Guid messageId, DateTime processedAtUtc, CancellationToken cancellationToken)
    {
        try
        {
            await collections.ProcessedMessages.InsertOneAsync(
                new ProcessedMessageDocument { Consumer = consumer, MessageId = messageId, ProcessedAtUtc = processedAtUtc },
                cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Already recorded (a redelivery or a concurrent replica): the outcome is the same.
            return false;
        }
    }
}
