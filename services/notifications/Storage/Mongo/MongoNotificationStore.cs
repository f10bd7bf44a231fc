using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;
using MongoDB.Driver;

namespace K8sShop.Notifications.Storage.Mongo;

/// <summary>The storage port on MongoDB, the production store.</summary>
public sealed class MongoNotificationStore(MongoCollections collections) : INotificationStore
{
    private static readonly ReplaceOptions Upsert = new() { IsUpsert = true };

    public Task SaveContactAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return collections.Contacts.ReplaceOneAsync(c => c.UserId == contact.UserId, contact, Upsert, cancellationToken);
    }

    public async Task<Contact?> FindContactAsync(Guid userId, CancellationToken cancellationToken) =>
        await collections.Contacts.Find(c => c.UserId == userId).FirstOrDefaultAsync(cancellationToken);

    public async Task RememberOrderOwnerAsync(OrderOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await InsertUnlessDuplicateAsync(collections.OrderOwners, owner, cancellationToken);
    }

    public async Task<Guid?> FindOrderOwnerAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var owner = await collections.OrderOwners.Find(o => o.OrderId == orderId).FirstOrDefaultAsync(cancellationToken);
        return owner?.UserId;
    }

    public async Task<ChannelPreferences?> FindPreferencesAsync(Guid userId, CancellationToken cancellationToken) =>
        await collections.Preferences.Find(p => p.UserId == userId).FirstOrDefaultAsync(cancellationToken);

    public Task SavePreferencesAsync(ChannelPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return collections.Preferences.ReplaceOneAsync(p => p.UserId == preferences.UserId, preferences, Upsert, cancellationToken);
    }

    public Task<bool> AddDeliveryAsync(Delivery delivery, CancellationToken cancellationToken) =>
        InsertUnlessDuplicateAsync(collections.Deliveries, delivery, cancellationToken);

    public Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var update = Builders<Delivery>.Update
            .Set(d => d.Status, delivery.Status)
            .Set(d => d.Attempts, delivery.Attempts)
            .Set(d => d.NextAttemptAtUtc, delivery.NextAttemptAtUtc)
            .Set(d => d.SentAtUtc, delivery.SentAtUtc)
            .Set(d => d.LastError, delivery.LastError);
        return collections.Deliveries.UpdateOneAsync(d => d.Id == delivery.Id, update, cancellationToken: cancellationToken);
    }

    public async Task<bool> TryLeaseDeliveryAsync(Delivery delivery, DateTime leasedUntilUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var seen = delivery.NextAttemptAtUtc;
        var claimed = await collections.Deliveries.UpdateOneAsync(
            d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAtUtc == seen,
            Builders<Delivery>.Update.Set(d => d.NextAttemptAtUtc, leasedUntilUtc),
            cancellationToken: cancellationToken);
        return claimed.ModifiedCount == 1;
    }

    public async Task<IReadOnlyList<Delivery>> DueDeliveriesAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken) =>
        await collections.Deliveries.Find(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAtUtc <= nowUtc)
            .SortBy(d => d.NextAttemptAtUtc)
            .Limit(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Guid userId, int limit, CancellationToken cancellationToken) =>
        await collections.Deliveries.Find(d => d.UserId == userId)
            .SortByDescending(d => d.CreatedAtUtc)
            .Limit(limit)
            .ToListAsync(cancellationToken);

    public Task<bool> AddInboxItemAsync(InboxItem item, CancellationToken cancellationToken) =>
        InsertUnlessDuplicateAsync(collections.InboxItems, item, cancellationToken);

    public async Task<IReadOnlyList<InboxItem>> InboxPageAsync(Guid userId, int skip, int take, CancellationToken cancellationToken) =>
        await collections.InboxItems.Find(i => i.UserId == userId)
            .SortByDescending(i => i.CreatedAtUtc)
            .ThenByDescending(i => i.Id)
            .Skip(skip)
            .Limit(take)
            .ToListAsync(cancellationToken);

    public Task<long> CountInboxAsync(Guid userId, bool unreadOnly, CancellationToken cancellationToken) =>
        unreadOnly
            ? collections.InboxItems.CountDocumentsAsync(i => i.UserId == userId && i.ReadAtUtc == null, cancellationToken: cancellationToken)
            : collections.InboxItems.CountDocumentsAsync(i => i.UserId == userId, cancellationToken: cancellationToken);

    public async Task<bool> MarkReadAsync(Guid userId, Guid itemId, DateTime readAtUtc, CancellationToken cancellationToken)
    {
        var owned = await collections.InboxItems.Find(i => i.Id == itemId && i.UserId == userId).AnyAsync(cancellationToken);
        if (!owned)
        {
            return false;
        }

        await collections.InboxItems.UpdateOneAsync(
            i => i.Id == itemId && i.UserId == userId && i.ReadAtUtc == null,
            Builders<InboxItem>.Update.Set(i => i.ReadAtUtc, readAtUtc),
            cancellationToken: cancellationToken);
        return true;
    }

    public async Task<long> MarkAllReadAsync(Guid userId, DateTime readAtUtc, CancellationToken cancellationToken)
    {
        var result = await collections.InboxItems.UpdateManyAsync(
            i => i.UserId == userId && i.ReadAtUtc == null,
            Builders<InboxItem>.Update.Set(i => i.ReadAtUtc, readAtUtc),
            cancellationToken: cancellationToken);
        return result.ModifiedCount;
    }

    private static async Task<bool> InsertUnlessDuplicateAsync<T>(IMongoCollection<T> collection, T document, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }
}
