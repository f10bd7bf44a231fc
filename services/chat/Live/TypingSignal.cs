namespace K8sShop.Chat.Live;

/// <summary>Someone in a conversation is typing.</summary>
public sealed record TypingSignal(Guid ConversationId, string UserId, string Side);
