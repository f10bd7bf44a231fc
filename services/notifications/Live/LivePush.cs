using K8sShop.Notifications.Inbox;
using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Notifications.Live;

/// <summary>Pushes to one user's connected clients only (their group); a missed push is caught up from the inbox or the order.</summary>
public sealed class LivePush(IHubContext<NotificationsHub> hub)
{
    /// <summary>A new inbox item (the in-app channel of the user's preferences).</summary>
    public Task PushAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return hub.Clients.Group(NotificationsHub.GroupOf(item.UserId))
            .SendAsync(NotificationsHub.NotificationMethod, InboxItemView.Of(item), cancellationToken);
    }

    /// <summary>A status change of one of the user's own orders (sent whatever the preferences say).</summary>
    public Task PushOrderStatusAsync(Guid userId, OrderStatusPush status, CancellationToken cancellationToken) =>
        hub.Clients.Group(NotificationsHub.GroupOf(userId)).SendAsync(NotificationsHub.OrderStatusMethod, status, cancellationToken);
}
