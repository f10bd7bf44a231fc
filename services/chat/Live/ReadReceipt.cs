namespace K8sShop.Chat.Live;

/// <summary>The <see cref="ReaderSide"/> has read every message of the other side sent until <see cref="ReadAtUtc"/>.</summary>
public sealed record ReadReceipt(Guid ConversationId, string ReaderSide, DateTime ReadAtUtc, int Count);
