using System.Collections.Concurrent;
using System.Net.Http.Json;
using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Consumers;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Live;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using K8sShop.Testing.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Notifications.Tests.Live;

/// <summary>
/// Every status change of a customer's order is pushed to that customer's connections for the live order
/// page, whatever their notification preferences; the inbox notification stays governed by them.
/// </summary>
public sealed class OrderStatusPushTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_shopper_with_in_app_notifications_off_still_gets_their_orders_status_and_nobody_else_does()
    {
        var alice = await app.NewCustomerAsync("Alice");
        var bob = await app.NewCustomerAsync("Bob");
        await TurnEverythingOffAsync(alice);
        var (aliceSees, aliceNotified) = (new ConcurrentQueue<OrderStatusPush>(), new ConcurrentQueue<InboxItemView>());
        var bobSees = new ConcurrentQueue<OrderStatusPush>();
        await using var aliceHub = await ConnectAsync(alice, aliceSees, aliceNotified);
        await using var bobHub = await ConnectAsync(bob, bobSees, new ConcurrentQueue<InboxItemView>());
        var (aliceOrder, bobOrder) = (Guid.NewGuid(), Guid.NewGuid());
        var changedAt = new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.Zero);
        var aliceMessage = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(aliceOrder, alice.Id, "Shipped", "Paid", null, "TRK-1", 5, changedAt), aliceMessage);
        await Eventually.ReachesAsync(() => Task.FromResult(aliceSees.Count), count => count > 0, Patience);
        // Bob's own push arriving after Alice's proves his connection works and was not sent hers.
        await app.PublishAsync(new OrderStatusChanged(bobOrder, bob.Id, "Paid", "Priced", null, null, 4, changedAt));
        await Eventually.ReachesAsync(() => Task.FromResult(bobSees.Count), count => count > 0, Patience);

        Assert.Equal(new OrderStatusPush(aliceOrder, "Shipped", changedAt), Assert.Single(aliceSees));
        Assert.Equal([bobOrder], bobSees.Select(p => p.OrderId));
        // The inbox consumer handled the same message and, with in-app off, neither stored nor pushed an item.
        await Eventually.ReachesAsync(() => WasHandledAsync(typeof(OrderStatusChangedConsumer), aliceMessage), handled => handled, Patience);
        Assert.Equal(0L, await InboxCountAsync(alice.Id));
        Assert.Empty(aliceNotified);
    }

    [Fact]
    public async Task A_duplicated_status_change_is_pushed_once()
    {
        var carol = await app.NewCustomerAsync("Carol");
        var sees = new ConcurrentQueue<OrderStatusPush>();
        await using var hub = await ConnectAsync(carol, sees, new ConcurrentQueue<InboxItemView>());
        var order = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var paid = new OrderStatusChanged(order, carol.Id, "Paid", "Priced", null, null, 4, DateTimeOffset.UtcNow);

        await app.PublishAsync(paid, messageId);
        await app.PublishAsync(paid, messageId);
        // A later change on the same queue: once its push is there, the copy has been handled too.
        await app.PublishAsync(paid with { Status = "Shipped", PreviousStatus = "Paid", Version = 5 });
        await Eventually.ReachesAsync(() => Task.FromResult(sees.Count(p => p.Status == "Shipped")), count => count > 0, Patience);

        Assert.Single(sees, p => p.Status == "Paid");
        Assert.All(sees, p => Assert.Equal(order, p.OrderId));
    }

    [Fact]
    public async Task Each_replica_pushes_a_status_change_to_the_connections_it_holds()
    {
        // Two tabs of one shopper, each connected to another replica: with one competing consumer, only the
        // tab on the replica that happened to take the message would see it.
        var dana = await app.NewCustomerAsync("Dana");
        await using var replica = await app.StartReplicaAsync();
        var (onFirst, onSecond) = (new ConcurrentQueue<OrderStatusPush>(), new ConcurrentQueue<OrderStatusPush>());
        await using var firstTab = await ConnectAsync(app.Hub, dana, onFirst, new ConcurrentQueue<InboxItemView>());
        await using var secondTab = await ConnectAsync(replica.Hub, dana, onSecond, new ConcurrentQueue<InboxItemView>());
        var order = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(order, dana.Id, "Paid", "Priced", null, null, 4, DateTimeOffset.UtcNow));

        await Eventually.ReachesAsync(() => Task.FromResult(Math.Min(onFirst.Count, onSecond.Count)), count => count > 0, Patience);
        Assert.Equal(order, Assert.Single(onFirst).OrderId);
        Assert.Equal(order, Assert.Single(onSecond).OrderId);
    }

    private async Task TurnEverythingOffAsync(SignedInUser user)
    {
        using var client = app.Client(user.AccessToken);
        using var saved = await client.PutAsJsonAsync("api/notifications/preferences", new PreferencesView(false, false, false, null, null));
        saved.EnsureSuccessStatusCode();
    }

    private Task<HubConnection> ConnectAsync(SignedInUser user, ConcurrentQueue<OrderStatusPush> statuses, ConcurrentQueue<InboxItemView> notifications) =>
        ConnectAsync(app.Hub, user, statuses, notifications);

    private static Task<HubConnection> ConnectAsync(Uri address, SignedInUser user, ConcurrentQueue<OrderStatusPush> statuses, ConcurrentQueue<InboxItemView> notifications) =>
        SignedInHub.ConnectAsync(address, user.AccessToken, hub =>
        {
            hub.On<OrderStatusPush>(NotificationsHub.OrderStatusMethod, statuses.Enqueue);
            hub.On<InboxItemView>(NotificationsHub.NotificationMethod, notifications.Enqueue);
        });

    private async Task<bool> WasHandledAsync(Type consumer, Guid messageId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcessedMessages>().WasProcessedAsync(consumer.FullName!, messageId, CancellationToken.None);
    }

    private async Task<long> InboxCountAsync(Guid userId)
    {
        var count = 0L;
        await app.UseStoreAsync(async store => count = await store.CountInboxAsync(userId, unreadOnly: false, CancellationToken.None));
        return count;
    }
}
