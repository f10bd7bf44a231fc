namespace K8sShop.Chat.Conversations;

/// <summary>
/// One message: plain text exactly as sent, never markup. Clients escape it on display; the server
/// neither renders nor sanitises it, so what the customer typed is what the transcript keeps.
/// </summary>
public sealed class ChatMessage
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    public required string SenderId { get; set; }

    public ChatSide SenderSide { get; set; }

    public required string Text { get; set; }

    public DateTime SentAtUtc { get; set; }

    /// <summary>When the other side read it (read receipt); null while unread.</summary>
    public DateTime? ReadAtUtc { get; set; }
}
