namespace K8sShop.Chat.Conversations;

/// <summary>A customer's support conversation, optionally about one of their orders.</summary>
public sealed class ChatConversation
{
    public Guid Id { get; set; }

    /// <summary>The customer's account id (the token's <c>sub</c>).</summary>
    public required string CustomerId { get; set; }

    public Guid? OrderId { get; set; }

    public ConversationStatus Status { get; set; }

    /// <summary>The agent who took the conversation; null while it waits in the queue.</summary>
    public string? AgentId { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? AssignedAtUtc { get; set; }

    /// <summary>When support first answered; the chat response time is measured up to here.</summary>
    public DateTime? FirstAgentReplyAtUtc { get; set; }

    public DateTime? LastMessageAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedBy { get; set; }
}
