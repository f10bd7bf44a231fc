namespace K8sShop.Chat.Live;

/// <summary>The SignalR groups: one per conversation (its participants) and the agents watching the queue.</summary>
public static class ChatGroups
{
    public const string Queue = "support-queue";

    public static string Conversation(Guid id) => $"conversation:{id:N}";
}
