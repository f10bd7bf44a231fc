namespace K8sShop.Chat.Live;

/// <summary>The client methods the hub calls; the payload of each is named beside it.</summary>
public static class ChatEvents
{
    /// <summary>To the queue: a <c>ConversationView</c> waiting for an agent.</summary>
    public const string ConversationQueued = "ConversationQueued";

    /// <summary>To the queue and the conversation: the <c>ConversationView</c> now assigned.</summary>
    public const string ConversationAssigned = "ConversationAssigned";

    /// <summary>To the queue and the conversation: the closed <c>ConversationView</c>.</summary>
    public const string ConversationClosed = "ConversationClosed";

    /// <summary>To the conversation: a <c>MessageView</c>.</summary>
    public const string MessageReceived = "MessageReceived";

    /// <summary>To the conversation: a <c>TypingSignal</c>; clients ignore their own.</summary>
    public const string Typing = "Typing";

    /// <summary>To the conversation: a <c>ReadReceipt</c>.</summary>
    public const string MessagesRead = "MessagesRead";
}
