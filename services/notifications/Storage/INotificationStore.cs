using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;

namespace K8sShop.Notifications.Storage;

/// <summary>
/// Everything the notifications service keeps, as the queries it makes: implemented once on EF Core
/// (SQLite, MySQL) and once on MongoDB, and held to the same behaviour by one contract test suite.
/// Every query has an index in both.
/// </summary>
public interface INotificationStore
{
    /// <summary>Creates or replaces the contact of <see cref="Contact.UserId"/>.</summary>
    Task SaveContactAsync(Contact contact, CancellationToken cancellationToken);

    Task<Contact?> FindContactAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Records who placed an order; the first owner seen wins.</summary>
    Task RememberOrderOwnerAsync(OrderOwner owner, CancellationToken cancellationToken);

    Task<Guid?> FindOrderOwnerAsync(Guid orderId, CancellationToken cancellationToken);

    Task<ChannelPreferences?> FindPreferencesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the preferences of <see cref="ChannelPreferences.UserId"/>.</summary>
    Task SavePreferencesAsync(ChannelPreferences preferences, CancellationToken cancellationToken);

    /// <summary>Adds a delivery; false (and nothing added) when one with the same <see cref="Delivery.Key"/> exists.</summary>
    Task<bool> AddDeliveryAsync(Delivery delivery, CancellationToken cancellationToken);

    /// <summary>Writes a delivery's outcome (status, attempts, next attempt, error).</summary>
    Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a due delivery for one attempt, atomically: only while it is still pending with the next
    /// attempt time it was read with, and moves that time to <paramref name="leasedUntilUtc"/>. Of several
    /// replicas that read the same delivery, one wins; if that one dies mid-attempt, the delivery is due
    /// again once the lease has run out. False when another worker claimed it first.
    /// </summary>
    Task<bool> TryLeaseDeliveryAsync(Delivery delivery, DateTime leasedUntilUtc, CancellationToken cancellationToken);

    /// <summary>Pending deliveries whose next attempt is due at <paramref name="nowUtc"/>, the longest waiting first.</summary>
    Task<IReadOnlyList<Delivery>> DueDeliveriesAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken);

    /// <summary>A user's deliveries, newest first.</summary>
    Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Guid userId, int limit, CancellationToken cancellationToken);

    /// <summary>Adds an inbox item; false (and nothing added) when one with the same <see cref="InboxItem.Key"/> exists.</summary>
    Task<bool> AddInboxItemAsync(InboxItem item, CancellationToken cancellationToken);

    /// <summary>One page of a user's inbox, newest first.</summary>
    Task<IReadOnlyList<InboxItem>> InboxPageAsync(Guid userId, int skip, int take, CancellationToken cancellationToken);

    Task<long> CountInboxAsync(Guid userId, bool unreadOnly, CancellationToken cancellationToken);

    /// <summary>Marks one of the user's items read; false when the user has no such item.</summary>
    Task<bool> MarkReadAsync(Guid userId, Guid itemId, DateTime readAtUtc, CancellationToken cancellationToken);

    /// <summary>Marks every unread item of the user read; returns how many changed.</summary>
    Task<long> MarkAllReadAsync(Guid userId, DateTime readAtUtc, CancellationToken cancellationToken);
}
