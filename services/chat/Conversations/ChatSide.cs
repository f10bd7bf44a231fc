namespace K8sShop.Chat.Conversations;

/// <summary>The two sides of a conversation: the customer who opened it, and support (agents and admins).</summary>
public enum ChatSide
{
    Customer,
    Agent,
}
