using K8sShop.Notifications.Inbox;
using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Pushes to one user's connections on this replica only (their group); the broadcast consumers bring every
/// replica the messages to push. A missed push is caught up from the inbox or the order.
/// </summary>
public sealed class LivePush(IHubContext<NotificationsHub> hub)
{
    /// <summary>A new inbox item (the in-app channel of the user's preferences).</summary>
    public Task PushAsync(Guid userId, InboxItemView item, CancellationToken cancellationToken) =>
        hub.Clients.Group(NotificationsHub.GroupOf(userId)).SendAsync(NotificationsHub.NotificationMethod, item, cancellationToken);

    /// <summary>A status change of one of the user's own orders (sent whatever the preferences say).</summary>
    public Task PushOrderStatusAsync(Guid userId, OrderStatusPush status, CancellationToken cancellationToken) =>
        hub.Clients.Group(NotificationsHub.GroupOf(userId)).SendAsync(NotificationsHub.OrderStatusMethod, status, cancellationToken);
}
