using K8sShop.Notifications.Inbox;
using MassTransit;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Sends a new inbox item to the user's connections on every replica: the consumer that stored it runs on
/// one replica, the user's hub connections may live on another. Published straight to the bus, not through
/// an outbox: it is a live signal, and a lost one is caught up from the inbox when the page reconnects.
/// </summary>
public sealed class InboxFanOut(IBus bus)
{
    public Task PublishAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return bus.Publish(new InboxItemSignal(item.UserId, InboxItemView.Of(item)), cancellationToken);
    }
}
