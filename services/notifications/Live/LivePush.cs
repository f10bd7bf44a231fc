using K8sShop.Notifications.Inbox;
using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Notifications.Live;

/// <summary>Pushes a new inbox item to the user's connected clients; missed pushes are still in the inbox.</summary>
public sealed class LivePush(IHubContext<NotificationsHub> hub)
{
    public Task PushAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return hub.Clients.Group(NotificationsHub.GroupOf(item.UserId))
            .SendAsync(NotificationsHub.NotificationMethod, InboxItemView.Of(item), cancellationToken);
    }
}
