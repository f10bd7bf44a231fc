namespace K8sShop.Chat.Conversations;

/// <summary>Which conversations to list: one customer's or everyone's, optionally in one status; newest first.</summary>
public sealed record ConversationQuery(string? CustomerId, ConversationStatus? Status, int Skip, int Take);
