using K8sShop.Chat.Conversations;
using K8sShop.Chat.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Chat.Storage;

/// <summary>The storage port on EF Core (SQLite or MySQL); races are settled by conditional <c>UPDATE</c>s.</summary>
public sealed class EfChatStore(ChatDbContext db) : IChatStore
{
    public async Task AddConversationAsync(ChatConversation conversation, CancellationToken cancellationToken)
    {
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(conversation).State = EntityState.Detached;
    }

    public Task<ChatConversation?> FindConversationAsync(Guid id, CancellationToken cancellationToken) =>
        db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<bool> TryAssignAsync(Guid id, string agentId, DateTime atUtc, CancellationToken cancellationToken) =>
        await db.Conversations
            .Where(c => c.Id == id && c.Status == ConversationStatus.Open)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Status, ConversationStatus.Assigned)
                    .SetProperty(c => c.AgentId, agentId)
                    .SetProperty(c => c.AssignedAtUtc, atUtc),
                cancellationToken) == 1;

    public async Task<bool> TryCloseAsync(Guid id, string closedBy, DateTime atUtc, CancellationToken cancellationToken) =>
        await db.Conversations
            .Where(c => c.Id == id && c.Status != ConversationStatus.Closed)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Status, ConversationStatus.Closed)
                    .SetProperty(c => c.ClosedBy, closedBy)
                    .SetProperty(c => c.ClosedAtUtc, atUtc),
                cancellationToken) == 1;

    public async Task AddMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(message).State = EntityState.Detached;
        await db.Conversations
            .Where(c => c.Id == message.ConversationId && (c.LastMessageAtUtc == null || c.LastMessageAtUtc < message.SentAtUtc))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastMessageAtUtc, message.SentAtUtc), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> TryRecordFirstAgentReplyAsync(Guid id, DateTime atUtc, CancellationToken cancellationToken) =>
        await db.Conversations
            .Where(c => c.Id == id && c.FirstAgentReplyAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.FirstAgentReplyAtUtc, atUtc), cancellationToken) == 1;

    public Task<int> MarkReadAsync(Guid conversationId, ChatSide reader, DateTime atUtc, CancellationToken cancellationToken) =>
        db.Messages
            .Where(m => m.ConversationId == conversationId && m.SentAtUtc <= atUtc && m.SenderSide != reader && m.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ReadAtUtc, atUtc), cancellationToken);

    public async Task<StoredPage<ChatMessage>> ListMessagesAsync(Guid conversationId, int skip, int take, CancellationToken cancellationToken)
    {
        var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
        var total = await messages.CountAsync(cancellationToken);
        var page = await messages.OrderBy(m => m.SentAtUtc).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new StoredPage<ChatMessage>(page, total);
    }

    public async Task<StoredPage<ChatConversation>> ListConversationsAsync(ConversationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conversations = db.Conversations.AsNoTracking();
        if (query.CustomerId is not null)
        {
            conversations = conversations.Where(c => c.CustomerId == query.CustomerId);
        }

        if (query.Status is { } status)
        {
            conversations = conversations.Where(c => c.Status == status);
        }

        var total = await conversations.CountAsync(cancellationToken);
        var page = await conversations.OrderByDescending(c => c.OpenedAtUtc).ThenByDescending(c => c.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new StoredPage<ChatConversation>(page, total);
    }

    public async Task<IReadOnlyList<ChatConversation>> ListQueueAsync(int take, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.Status == ConversationStatus.Open)
            .OrderBy(c => c.OpenedAtUtc).ThenBy(c => c.Id)
            .Take(take).ToListAsync(cancellationToken);
}
