namespace K8sShop.Chat.Conversations;

/// <summary>A message as the hub and the transcript API show it; <see cref="Text"/> is plain text to be escaped by the client.</summary>
public sealed record MessageView(Guid Id, Guid ConversationId, string SenderId, string SenderSide, string Text, DateTime SentAtUtc, DateTime? ReadAtUtc)
{
    public static MessageView Of(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MessageView(message.Id, message.ConversationId, message.SenderId, Wire.Name(message.SenderSide), message.Text,
            Wire.Utc(message.SentAtUtc), Wire.Utc(message.ReadAtUtc));
    }
}
