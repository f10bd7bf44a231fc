using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// What every adapter of the storage port must do. One subclass per engine runs all of it; times are
/// whole seconds, the precision every engine keeps.
/// </summary>
public abstract class NotificationStoreContract(StoreHost host)
{
    private static readonly DateTime Noon = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static CancellationToken None => CancellationToken.None;

    [ContractFact]
    public async Task A_saved_contact_is_found_and_saving_again_replaces_it()
    {
        var userId = Guid.NewGuid();
        await UseAsync(store => store.SaveContactAsync(new Contact { UserId = userId, Email = "a@example.com", DisplayName = "Ann" }, None));
        await UseAsync(store => store.SaveContactAsync(new Contact { UserId = userId, Email = "b@example.com", DisplayName = "Ann B", Locale = "fr" }, None));

        var found = await UseAsync(store => store.FindContactAsync(userId, None));

        Assert.NotNull(found);
        Assert.Equal(("b@example.com", "Ann B", "fr"), (found.Email, found.DisplayName, found.Locale));
        Assert.Null(await UseAsync(store => store.FindContactAsync(Guid.NewGuid(), None)));
    }

    [ContractFact]
    public async Task The_first_owner_of_an_order_is_kept()
    {
        var orderId = Guid.NewGuid();
        var first = Guid.NewGuid();
        await UseAsync(store => store.RememberOrderOwnerAsync(new OrderOwner { OrderId = orderId, UserId = first }, None));
        await UseAsync(store => store.RememberOrderOwnerAsync(new OrderOwner { OrderId = orderId, UserId = Guid.NewGuid() }, None));

        Assert.Equal(first, await UseAsync(store => store.FindOrderOwnerAsync(orderId, None)));
        Assert.Null(await UseAsync(store => store.FindOrderOwnerAsync(Guid.NewGuid(), None)));
    }

    [ContractFact]
    public async Task Preferences_are_absent_until_saved_and_replaced_by_the_next_save()
    {
        var userId = Guid.NewGuid();
        Assert.Null(await UseAsync(store => store.FindPreferencesAsync(userId, None)));

        await UseAsync(store => store.SavePreferencesAsync(new ChannelPreferences { UserId = userId, Sms = true, PhoneNumber = "+33612345678" }, None));
        await UseAsync(store => store.SavePreferencesAsync(new ChannelPreferences { UserId = userId, Email = false, InApp = false, Locale = "fr" }, None));

        var found = await UseAsync(store => store.FindPreferencesAsync(userId, None));
        Assert.NotNull(found);
        Assert.Equal((false, false, false, null, "fr"), (found.Email, found.Sms, found.InApp, found.PhoneNumber, found.Locale));
    }

    [ContractFact]
    public async Task A_delivery_with_a_taken_key_is_not_added_twice()
    {
        var userId = Guid.NewGuid();
        var key = $"{Guid.NewGuid()}/email";

        Assert.True(await UseAsync(store => store.AddDeliveryAsync(NewDelivery(userId, key, Noon), None)));
        Assert.False(await UseAsync(store => store.AddDeliveryAsync(NewDelivery(userId, key, Noon), None)));

        Assert.Single(await UseAsync(store => store.DeliveriesOfAsync(userId, 10, None)));
    }

    [ContractFact]
    public async Task Only_pending_deliveries_that_are_due_come_back_longest_waiting_first()
    {
        var userId = Guid.NewGuid();
        var later = NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon.AddSeconds(-10));
        var earlier = NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon.AddSeconds(-20));
        var notYet = NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon.AddSeconds(30));
        var sent = NewDelivery(userId, $"{Guid.NewGuid()}/sms", Noon.AddSeconds(-30));
        foreach (var delivery in new[] { later, earlier, notYet, sent })
        {
            await UseAsync(store => store.AddDeliveryAsync(delivery, None));
        }

        sent.Status = DeliveryStatus.Sent;
        sent.Attempts = 1;
        sent.SentAtUtc = Noon;
        await UseAsync(store => store.UpdateDeliveryAsync(sent, None));

        var due = (await UseAsync(store => store.DueDeliveriesAsync(Noon, 100, None))).Where(d => d.UserId == userId).ToList();

        Assert.Equal([earlier.Id, later.Id], due.Select(d => d.Id));
        var recorded = (await UseAsync(store => store.DeliveriesOfAsync(userId, 10, None))).Single(d => d.Id == sent.Id);
        Assert.Equal((DeliveryStatus.Sent, 1, Noon), (recorded.Status, recorded.Attempts, recorded.SentAtUtc));
        Assert.Equal((Channel.Sms, "Subject", "Text", "<p>Html</p>"), (recorded.Channel, recorded.Subject, recorded.TextBody, recorded.HtmlBody));
    }

    [ContractFact]
    public async Task Of_two_workers_claiming_the_same_due_delivery_only_one_gets_it_until_the_lease_runs_out()
    {
        var userId = Guid.NewGuid();
        await UseAsync(store => store.AddDeliveryAsync(NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon.AddSeconds(-5)), None));
        var seenByA = Assert.Single(await UseAsync(store => store.DueDeliveriesAsync(Noon, 100, None)), d => d.UserId == userId);
        var seenByB = Assert.Single(await UseAsync(store => store.DueDeliveriesAsync(Noon, 100, None)), d => d.UserId == userId);
        var leaseEnds = Noon.AddMinutes(5);

        var claims = await Task.WhenAll(
            UseAsync(store => store.TryLeaseDeliveryAsync(seenByA, leaseEnds, None)),
            UseAsync(store => store.TryLeaseDeliveryAsync(seenByB, leaseEnds, None)));

        Assert.Single(claims, won => won);
        Assert.DoesNotContain(await UseAsync(store => store.DueDeliveriesAsync(leaseEnds.AddSeconds(-1), 100, None)), d => d.UserId == userId);
        var expired = Assert.Single(await UseAsync(store => store.DueDeliveriesAsync(leaseEnds, 100, None)), d => d.UserId == userId);
        Assert.Equal(leaseEnds, expired.NextAttemptAtUtc);
        Assert.True(await UseAsync(store => store.TryLeaseDeliveryAsync(expired, leaseEnds.AddMinutes(5), None)), "an expired lease can be taken again");
    }

    [ContractFact]
    public async Task A_delivery_that_is_no_longer_pending_cannot_be_leased()
    {
        var userId = Guid.NewGuid();
        var delivery = NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon);
        await UseAsync(store => store.AddDeliveryAsync(delivery, None));
        var seen = Assert.Single(await UseAsync(store => store.DeliveriesOfAsync(userId, 10, None)));
        delivery.Status = DeliveryStatus.Sent;
        delivery.Attempts = 1;
        delivery.SentAtUtc = Noon;
        await UseAsync(store => store.UpdateDeliveryAsync(delivery, None));

        Assert.False(await UseAsync(store => store.TryLeaseDeliveryAsync(seen, Noon.AddMinutes(5), None)));
    }

    [ContractFact]
    public async Task A_failed_attempt_is_recorded_with_its_error_and_next_attempt()
    {
        var userId = Guid.NewGuid();
        var delivery = NewDelivery(userId, $"{Guid.NewGuid()}/email", Noon);
        await UseAsync(store => store.AddDeliveryAsync(delivery, None));

        delivery.Attempts = 2;
        delivery.LastError = "SocketException: refused";
        delivery.NextAttemptAtUtc = Noon.AddMinutes(1);
        await UseAsync(store => store.UpdateDeliveryAsync(delivery, None));

        Assert.DoesNotContain(await UseAsync(store => store.DueDeliveriesAsync(Noon.AddSeconds(59), 100, None)), d => d.Id == delivery.Id);
        var due = Assert.Single(await UseAsync(store => store.DueDeliveriesAsync(Noon.AddMinutes(1), 100, None)), d => d.Id == delivery.Id);
        Assert.Equal((2, "SocketException: refused", DeliveryStatus.Pending), (due.Attempts, due.LastError, due.Status));
    }

    [ContractFact]
    public async Task The_inbox_pages_newest_first_and_counts_unread()
    {
        var userId = Guid.NewGuid();
        var items = Enumerable.Range(0, 5).Select(i => NewItem(userId, Noon.AddMinutes(i))).ToList();
        foreach (var item in items)
        {
            Assert.True(await UseAsync(store => store.AddInboxItemAsync(item, None)));
        }

        await UseAsync(store => store.AddInboxItemAsync(NewItem(Guid.NewGuid(), Noon), None));

        var first = await UseAsync(store => store.InboxPageAsync(userId, 0, 2, None));
        var last = await UseAsync(store => store.InboxPageAsync(userId, 4, 2, None));

        Assert.Equal([items[4].Id, items[3].Id], first.Select(i => i.Id));
        Assert.Equal([items[0].Id], last.Select(i => i.Id));
        Assert.Equal(5, await UseAsync(store => store.CountInboxAsync(userId, unreadOnly: false, None)));
        Assert.Equal(5, await UseAsync(store => store.CountInboxAsync(userId, unreadOnly: true, None)));
    }

    [ContractFact]
    public async Task An_inbox_item_with_a_taken_key_is_not_added_twice()
    {
        var userId = Guid.NewGuid();
        var item = NewItem(userId, Noon);
        Assert.True(await UseAsync(store => store.AddInboxItemAsync(item, None)));

        var again = NewItem(userId, Noon);
        again.Key = item.Key;
        Assert.False(await UseAsync(store => store.AddInboxItemAsync(again, None)));
        Assert.Equal(1, await UseAsync(store => store.CountInboxAsync(userId, unreadOnly: false, None)));
    }

    [ContractFact]
    public async Task A_user_marks_only_their_own_items_read()
    {
        var owner = Guid.NewGuid();
        var other = Guid.NewGuid();
        var item = NewItem(owner, Noon);
        await UseAsync(store => store.AddInboxItemAsync(item, None));

        Assert.False(await UseAsync(store => store.MarkReadAsync(other, item.Id, Noon, None)));
        Assert.Equal(1, await UseAsync(store => store.CountInboxAsync(owner, unreadOnly: true, None)));

        Assert.True(await UseAsync(store => store.MarkReadAsync(owner, item.Id, Noon.AddMinutes(1), None)));
        Assert.True(await UseAsync(store => store.MarkReadAsync(owner, item.Id, Noon.AddMinutes(2), None)));
        Assert.Equal(0, await UseAsync(store => store.CountInboxAsync(owner, unreadOnly: true, None)));
        var read = Assert.Single(await UseAsync(store => store.InboxPageAsync(owner, 0, 10, None)));
        Assert.Equal(Noon.AddMinutes(1), read.ReadAtUtc);
    }

    [ContractFact]
    public async Task Marking_all_read_changes_only_that_users_unread_items()
    {
        var owner = Guid.NewGuid();
        var other = Guid.NewGuid();
        var alreadyRead = NewItem(owner, Noon);
        foreach (var item in new[] { alreadyRead, NewItem(owner, Noon.AddMinutes(1)), NewItem(owner, Noon.AddMinutes(2)), NewItem(other, Noon) })
        {
            await UseAsync(store => store.AddInboxItemAsync(item, None));
        }

        await UseAsync(store => store.MarkReadAsync(owner, alreadyRead.Id, Noon, None));

        Assert.Equal(2, await UseAsync(store => store.MarkAllReadAsync(owner, Noon.AddHours(1), None)));
        Assert.Equal(0, await UseAsync(store => store.CountInboxAsync(owner, unreadOnly: true, None)));
        Assert.Equal(1, await UseAsync(store => store.CountInboxAsync(other, unreadOnly: true, None)));
    }

    [ContractFact]
    public async Task A_processed_message_is_remembered_per_consumer_and_recording_it_twice_is_harmless()
    {
        var messageId = Guid.NewGuid();
        Assert.True(await UseProcessedAsync(processed => processed.RecordAsync("consumer-a", messageId, Noon, None)));
        Assert.False(await UseProcessedAsync(processed => processed.RecordAsync("consumer-a", messageId, Noon, None)));

        Assert.True(await UseProcessedAsync(processed => processed.WasProcessedAsync("consumer-a", messageId, None)));
        Assert.False(await UseProcessedAsync(processed => processed.WasProcessedAsync("consumer-b", messageId, None)));
        Assert.False(await UseProcessedAsync(processed => processed.WasProcessedAsync("consumer-a", Guid.NewGuid(), None)));
    }

    [ContractFact]
    public async Task Of_two_concurrent_records_of_one_message_only_one_claims_it()
    {
        var messageId = Guid.NewGuid();
        var claims = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            UseProcessedAsync(processed => processed.RecordAsync("consumer-a", messageId, Noon, None))));

        Assert.Single(claims, claimed => claimed);
    }

    private static Delivery NewDelivery(Guid userId, string key, DateTime nextAttempt) => new()
    {
        Key = key,
        UserId = userId,
        Channel = key.EndsWith("/sms", StringComparison.Ordinal) ? Channel.Sms : Channel.Email,
        Recipient = "someone@example.com",
        Kind = "OrderStatusChanged",
        Locale = "en",
        Subject = "Subject",
        TextBody = "Text",
        HtmlBody = "<p>Html</p>",
        CreatedAtUtc = nextAttempt,
        NextAttemptAtUtc = nextAttempt,
    };

    private static InboxItem NewItem(Guid userId, DateTime createdAt) => new()
    {
        Key = Guid.NewGuid().ToString(),
        UserId = userId,
        Kind = "OrderStatusChanged",
        Title = "Title",
        Body = "Body",
        CreatedAtUtc = createdAt,
    };

    private async Task<T> UseAsync<T>(Func<INotificationStore, Task<T>> use)
    {
        await using var scope = host.Scope();
        return await use(scope.ServiceProvider.GetRequiredService<INotificationStore>());
    }

    private async Task UseAsync(Func<INotificationStore, Task> use)
    {
        await using var scope = host.Scope();
        await use(scope.ServiceProvider.GetRequiredService<INotificationStore>());
    }

    private async Task<T> UseProcessedAsync<T>(Func<IProcessedMessages, Task<T>> use)
    {
        await using var scope = host.Scope();
        return await use(scope.ServiceProvider.GetRequiredService<IProcessedMessages>());
    }
}
