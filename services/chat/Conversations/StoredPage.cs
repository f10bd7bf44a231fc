namespace K8sShop.Chat.Conversations;

/// <summary>One page of stored items and how many there are in all.</summary>
public sealed record StoredPage<T>(IReadOnlyList<T> Items, int Total);
