namespace K8sShop.Chat.Conversations;

/// <summary>Where a support conversation stands: waiting in the queue, taken by one agent, or over.</summary>
public enum ConversationStatus
{
    Open,
    Assigned,
    Closed,
}
