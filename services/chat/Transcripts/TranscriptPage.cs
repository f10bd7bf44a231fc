namespace K8sShop.Chat.Transcripts;

/// <summary>One page of a listing: the items, where the page is, and how many items there are in all.</summary>
public sealed record TranscriptPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
