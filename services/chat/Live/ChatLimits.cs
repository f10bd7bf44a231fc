namespace K8sShop.Chat.Live;

/// <summary>Configuration section <c>Chat</c>: what one connection may send.</summary>
public sealed class ChatLimits
{
    public const string Section = "Chat";

    /// <summary>Longest message, in characters (UTF-16 code units). Default 2,000.</summary>
    public int MaxMessageLength { get; set; } = 2_000;

    /// <summary>Messages one connection may send per <see cref="RateWindow"/>. Default 5.</summary>
    public int MessagesPerWindow { get; set; } = 5;

    /// <summary>Default 5 seconds.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most recent messages a participant gets on joining; older ones come from the transcript API. Default 100.</summary>
    public int MessagesOnJoin { get; set; } = 100;
}
