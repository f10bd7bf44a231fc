namespace K8sShop.Notifications.Inbox;

/// <summary>One page of an inbox, newest first.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItemView> Items, int Page, int PageSize, long Total, long Unread);
