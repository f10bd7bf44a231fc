using K8sShop.Chat.Conversations;

namespace K8sShop.Chat.Live;

/// <summary>What a participant gets on joining: the conversation and its most recent messages, oldest first.</summary>
public sealed record ConversationJoined(ConversationView Conversation, IReadOnlyList<MessageView> Messages, int TotalMessages);
