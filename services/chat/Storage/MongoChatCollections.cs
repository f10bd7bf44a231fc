using K8sShop.Chat.Conversations;
using MongoDB.Driver;

namespace K8sShop.Chat.Storage;

/// <summary>The chat database's two collections, and the indexes every query of the store needs.</summary>
public sealed class MongoChatCollections
{
    public MongoChatCollections(IMongoDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        MongoChatMaps.Register();
        Conversations = database.GetCollection<ChatConversation>("conversations");
        Messages = database.GetCollection<ChatMessage>("messages");
    }

    public IMongoCollection<ChatConversation> Conversations { get; }

    public IMongoCollection<ChatMessage> Messages { get; }

    /// <summary>Idempotent: creating an index that exists with the same keys is a no-op on the server.</summary>
    public async Task EnsureIndexesAsync(CancellationToken cancellationToken)
    {
        var conversation = Builders<ChatConversation>.IndexKeys;
        await Conversations.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<ChatConversation>(conversation.Ascending(c => c.CustomerId).Descending(c => c.OpenedAtUtc)),
                new CreateIndexModel<ChatConversation>(conversation.Ascending(c => c.Status).Ascending(c => c.OpenedAtUtc)),
                new CreateIndexModel<ChatConversation>(conversation.Descending(c => c.OpenedAtUtc)),
            ],
            cancellationToken);
        var message = Builders<ChatMessage>.IndexKeys;
        await Messages.Indexes.CreateOneAsync(
            new CreateIndexModel<ChatMessage>(message.Ascending(m => m.ConversationId).Ascending(m => m.SentAtUtc)),
            cancellationToken: cancellationToken);
    }
}
