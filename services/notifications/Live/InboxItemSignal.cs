using K8sShop.Notifications.Inbox;

namespace K8sShop.Notifications.Live;

/// <summary>A new inbox item on its way to every replica, each of which hands it to the user's connections it holds.</summary>
public sealed record InboxItemSignal(Guid UserId, InboxItemView Item);
