namespace K8sShop.Notifications.Inbox;

public sealed record MarkedRead(long Marked);
