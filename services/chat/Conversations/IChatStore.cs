namespace K8sShop.Chat.Conversations;

/// <summary>
/// The chat service's storage port, small enough to implement twice (EF Core for SQLite and MySQL,
/// MongoDB). State changes that two agents or replicas may race on are conditional updates that
/// answer whether this caller won, never read-then-write.
/// </summary>
public interface IChatStore
{
    Task AddConversationAsync(ChatConversation conversation, CancellationToken cancellationToken);

    Task<ChatConversation?> FindConversationAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Open → Assigned to <paramref name="agentId"/>; false when it was no longer open.</summary>
    Task<bool> TryAssignAsync(Guid id, string agentId, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>Open or Assigned → Closed; false when it was already closed (or does not exist).</summary>
    Task<bool> TryCloseAsync(Guid id, string closedBy, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>Stores the message and moves the conversation's last-message time.</summary>
    Task AddMessageAsync(ChatMessage message, CancellationToken cancellationToken);

    /// <summary>Sets the first agent reply time once; true only for the call that set it.</summary>
    Task<bool> TryRecordFirstAgentReplyAsync(Guid id, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>Marks the other side's unread messages sent up to <paramref name="atUtc"/> as read by <paramref name="reader"/>; answers how many.</summary>
    Task<int> MarkReadAsync(Guid conversationId, ChatSide reader, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>Messages oldest first.</summary>
    Task<StoredPage<ChatMessage>> ListMessagesAsync(Guid conversationId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Conversations newest first.</summary>
    Task<StoredPage<ChatConversation>> ListConversationsAsync(ConversationQuery query, CancellationToken cancellationToken);

    /// <summary>The support queue: open conversations, the longest waiting first.</summary>
    Task<IReadOnlyList<ChatConversation>> ListQueueAsync(int take, CancellationToken cancellationToken);
}
