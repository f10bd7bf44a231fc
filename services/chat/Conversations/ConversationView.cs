namespace K8sShop.Chat.Conversations;

/// <summary>A conversation as the hub and the transcript API show it.</summary>
public sealed record ConversationView(
    Guid Id,
    string CustomerId,
    Guid? OrderId,
    string Status,
    string? AgentId,
    DateTime OpenedAtUtc,
    DateTime? AssignedAtUtc,
    DateTime? LastMessageAtUtc,
    DateTime? ClosedAtUtc)
{
    public static ConversationView Of(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new ConversationView(
            conversation.Id,
            conversation.CustomerId,
            conversation.OrderId,
            Wire.Name(conversation.Status),
            conversation.AgentId,
            Wire.Utc(conversation.OpenedAtUtc),
            Wire.Utc(conversation.AssignedAtUtc),
            Wire.Utc(conversation.LastMessageAtUtc),
            Wire.Utc(conversation.ClosedAtUtc));
    }
}
