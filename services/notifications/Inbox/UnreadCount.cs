namespace K8sShop.Notifications.Inbox;

public sealed record UnreadCount(long Unread);
