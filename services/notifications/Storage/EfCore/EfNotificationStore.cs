using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Data;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Notifications.Storage.EfCore;

/// <summary>The storage port on EF Core: SQLite in the embedded mode, MySQL/MariaDB elsewhere.</summary>
public sealed class EfNotificationStore(NotificationsDbContext db) : INotificationStore
{
    public async Task SaveContactAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var existing = await db.Contacts.FindAsync([contact.UserId], cancellationToken);
        if (existing is null)
        {
            db.Contacts.Add(contact);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(contact);
        }

        await SaveIgnoringDuplicateAsync(cancellationToken);
    }

    public Task<Contact?> FindContactAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    public async Task RememberOrderOwnerAsync(OrderOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (await db.OrderOwners.AnyAsync(o => o.OrderId == owner.OrderId, cancellationToken))
        {
            return;
        }

        db.OrderOwners.Add(owner);
        await SaveIgnoringDuplicateAsync(cancellationToken);
    }

    public async Task<Guid?> FindOrderOwnerAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.OrderOwners.AsNoTracking().Where(o => o.OrderId == orderId).Select(o => (Guid?)o.UserId).FirstOrDefaultAsync(cancellationToken);

    public Task<ChannelPreferences?> FindPreferencesAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    public async Task SavePreferencesAsync(ChannelPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var existing = await db.Preferences.FindAsync([preferences.UserId], cancellationToken);
        if (existing is null)
        {
            db.Preferences.Add(preferences);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(preferences);
        }

        await SaveIgnoringDuplicateAsync(cancellationToken);
    }

    public async Task<bool> AddDeliveryAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (await db.Deliveries.AnyAsync(d => d.Key == delivery.Key, cancellationToken))
        {
            return false;
        }

        db.Deliveries.Add(delivery);
        return await SaveIgnoringDuplicateAsync(cancellationToken);
    }

    public async Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await db.Deliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(d => d.Status, delivery.Status)
                .SetProperty(d => d.Attempts, delivery.Attempts)
                .SetProperty(d => d.NextAttemptAtUtc, delivery.NextAttemptAtUtc)
                .SetProperty(d => d.SentAtUtc, delivery.SentAtUtc)
                .SetProperty(d => d.LastError, delivery.LastError),
            cancellationToken);
    }

    public async Task<bool> TryLeaseDeliveryAsync(Delivery delivery, DateTime leasedUntilUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var seen = delivery.NextAttemptAtUtc;
        var claimed = await db.Deliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAtUtc == seen)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAtUtc, leasedUntilUtc), cancellationToken);
        return claimed == 1;
    }

    public async Task<IReadOnlyList<Delivery>> DueDeliveriesAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken) =>
        await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAtUtc <= nowUtc)
            .OrderBy(d => d.NextAttemptAtUtc)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Guid userId, int limit, CancellationToken cancellationToken) =>
        await db.Deliveries.AsNoTracking()
            .Where(d => d.UserId == userId)
            .OrderByDescending(d => d.CreatedAtUtc)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<bool> AddInboxItemAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (await db.InboxItems.AnyAsync(i => i.Key == item.Key, cancellationToken))
        {
            return false;
        }

        db.InboxItems.Add(item);
        return await SaveIgnoringDuplicateAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InboxItem>> InboxPageAsync(Guid userId, int skip, int take, CancellationToken cancellationToken) =>
        await db.InboxItems.AsNoTracking()
            .Where(i => i.UserId == userId)
            .OrderByDescending(i => i.CreatedAtUtc)
            .ThenByDescending(i => i.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);

    public Task<long> CountInboxAsync(Guid userId, bool unreadOnly, CancellationToken cancellationToken) =>
        db.InboxItems.Where(i => i.UserId == userId && (!unreadOnly || i.ReadAtUtc == null)).LongCountAsync(cancellationToken);

    public async Task<bool> MarkReadAsync(Guid userId, Guid itemId, DateTime readAtUtc, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.FirstOrDefaultAsync(i => i.Id == itemId && i.UserId == userId, cancellationToken);
        if (item is null)
        {
            return false;
        }

        item.ReadAtUtc ??= readAtUtc;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<long> MarkAllReadAsync(Guid userId, DateTime readAtUtc, CancellationToken cancellationToken) =>
        await db.InboxItems.Where(i => i.UserId == userId && i.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ReadAtUtc, readAtUtc), cancellationToken);

    /// <summary>Saves; a unique-key race with another replica means the row is already there, which is what the caller wanted.</summary>
    private async Task<bool> SaveIgnoringDuplicateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
