using K8sShop.Chat.Conversations;
using MongoDB.Driver;

namespace K8sShop.Chat.Storage;

/// <summary>The storage port on MongoDB; races are settled by filtered single-document updates.</summary>
public sealed class MongoChatStore(MongoChatCollections collections) : IChatStore
{
    private static readonly FilterDefinitionBuilder<ChatConversation> Conversation = Builders<ChatConversation>.Filter;
    private static readonly FilterDefinitionBuilder<ChatMessage> Message = Builders<ChatMessage>.Filter;

    public Task AddConversationAsync(ChatConversation conversation, CancellationToken cancellationToken) =>
        collections.Conversations.InsertOneAsync(conversation, cancellationToken: cancellationToken);

    public async Task<ChatConversation?> FindConversationAsync(Guid id, CancellationToken cancellationToken) =>
        await collections.Conversations.Find(Conversation.Eq(c => c.Id, id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> TryAssignAsync(Guid id, string agentId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var result = await collections.Conversations.UpdateOneAsync(
            Conversation.Eq(c => c.Id, id) & Conversation.Eq(c => c.Status, ConversationStatus.Open),
            Builders<ChatConversation>.Update
                .Set(c => c.Status, ConversationStatus.Assigned)
                .Set(c => c.AgentId, agentId)
                .Set(c => c.AssignedAtUtc, atUtc),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> TryCloseAsync(Guid id, string closedBy, DateTime atUtc, CancellationToken cancellationToken)
    {
        var result = await collections.Conversations.UpdateOneAsync(
            Conversation.Eq(c => c.Id, id) & Conversation.Ne(c => c.Status, ConversationStatus.Closed),
            Builders<ChatConversation>.Update
                .Set(c => c.Status, ConversationStatus.Closed)
                .Set(c => c.ClosedBy, closedBy)
                .Set(c => c.ClosedAtUtc, atUtc),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task AddMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await collections.Messages.InsertOneAsync(message, cancellationToken: cancellationToken);

        // A single-server MongoDB has no transactions; the last-message time only ever moves forward,
        // so applying it after the insert cannot leave it wrong, only briefly behind.
        await collections.Conversations.UpdateOneAsync(
            Conversation.Eq(c => c.Id, message.ConversationId)
                & (Conversation.Eq(c => c.LastMessageAtUtc, null) | Conversation.Lt(c => c.LastMessageAtUtc, message.SentAtUtc)),
            Builders<ChatConversation>.Update.Set(c => c.LastMessageAtUtc, message.SentAtUtc),
            cancellationToken: cancellationToken);
    }

    public async Task<bool> TryRecordFirstAgentReplyAsync(Guid id, DateTime atUtc, CancellationToken cancellationToken)
    {
        var result = await collections.Conversations.UpdateOneAsync(
            Conversation.Eq(c => c.Id, id) & Conversation.Eq(c => c.FirstAgentReplyAtUtc, null),
            Builders<ChatConversation>.Update.Set(c => c.FirstAgentReplyAtUtc, atUtc),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<int> MarkReadAsync(Guid conversationId, ChatSide reader, DateTime atUtc, CancellationToken cancellationToken)
    {
        var result = await collections.Messages.UpdateManyAsync(
            Message.Eq(m => m.ConversationId, conversationId) & Message.Lte(m => m.SentAtUtc, atUtc)
                & Message.Ne(m => m.SenderSide, reader) & Message.Eq(m => m.ReadAtUtc, null),
            Builders<ChatMessage>.Update.Set(m => m.ReadAtUtc, atUtc),
            cancellationToken: cancellationToken);
        return (int)result.ModifiedCount;
    }

    public async Task<StoredPage<ChatMessage>> ListMessagesAsync(Guid conversationId, int skip, int take, CancellationToken cancellationToken)
    {
        var filter = Message.Eq(m => m.ConversationId, conversationId);
        var total = await collections.Messages.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        if (take == 0)
        {
            return new StoredPage<ChatMessage>([], (int)total); // Limit(0) would mean "no limit" to MongoDB
        }

        var page = await collections.Messages.Find(filter)
            .Sort(Builders<ChatMessage>.Sort.Ascending(m => m.SentAtUtc).Ascending(m => m.Id))
            .Skip(skip).Limit(take).ToListAsync(cancellationToken);
        return new StoredPage<ChatMessage>(page, (int)total);
    }

    public async Task<StoredPage<ChatConversation>> ListConversationsAsync(ConversationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = Conversation.Empty;
        if (query.CustomerId is not null)
        {
            filter &= Conversation.Eq(c => c.CustomerId, query.CustomerId);
        }

        if (query.Status is { } status)
        {
            filter &= Conversation.Eq(c => c.Status, status);
        }

        var total = await collections.Conversations.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var page = await collections.Conversations.Find(filter)
            .Sort(Builders<ChatConversation>.Sort.Descending(c => c.OpenedAtUtc).Descending(c => c.Id))
            .Skip(query.Skip).Limit(query.Take).ToListAsync(cancellationToken);
        return new StoredPage<ChatConversation>(page, (int)total);
    }

    public async Task<IReadOnlyList<ChatConversation>> ListQueueAsync(int take, CancellationToken cancellationToken) =>
        await collections.Conversations.Find(Conversation.Eq(c => c.Status, ConversationStatus.Open))
            .Sort(Builders<ChatConversation>.Sort.Ascending(c => c.OpenedAtUtc).Ascending(c => c.Id))
            .Limit(take).ToListAsync(cancellationToken);
}
