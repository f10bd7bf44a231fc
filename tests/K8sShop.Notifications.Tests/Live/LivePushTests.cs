using System.Collections.Concurrent;
using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Live;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using K8sShop.Testing.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace K8sShop.Notifications.Tests.Live;

/// <summary>The hub pushes a user's in-app notifications (here about order status changes) to that user's connections only, on every replica.</summary>
public sealed class LivePushTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    [Fact]
    public async Task A_signed_in_user_receives_their_own_order_status_changes_and_nobody_elses()
    {
        var aliceUser = await app.NewCustomerAsync("Alice");
        var bobUser = await app.NewCustomerAsync("Bob");
        var (alice, bob) = (aliceUser.Id, bobUser.Id);
        var aliceSees = new ConcurrentQueue<InboxItemView>();
        var bobSees = new ConcurrentQueue<InboxItemView>();
        await using var aliceHub = await ConnectAsync(aliceUser.AccessToken, aliceSees);
        await using var bobHub = await ConnectAsync(bobUser.AccessToken, bobSees);
        var aliceOrder = Guid.NewGuid();
        var bobOrder = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(aliceOrder, alice, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));
        await Eventually.ReachesAsync(() => Task.FromResult(aliceSees.Count), count => count > 0, TimeSpan.FromSeconds(30));
        // Bob's own push arriving after Alice's proves his connection works and was not sent hers.
        await app.PublishAsync(new OrderStatusChanged(bobOrder, bob, "Shipped", "Paid", null, null, 3, DateTimeOffset.UtcNow));
        await Eventually.ReachesAsync(() => Task.FromResult(bobSees.Count), count => count > 0, TimeSpan.FromSeconds(30));

        var pushed = Assert.Single(aliceSees);
        Assert.Equal(aliceOrder, pushed.OrderId);
        Assert.Contains("paid", pushed.Title, StringComparison.Ordinal);
        Assert.Equal([bobOrder], bobSees.Select(p => p.OrderId));
    }

    [Fact]
    public async Task Each_replica_pushes_a_new_inbox_item_to_the_connections_it_holds()
    {
        // The replica that stores the item is whichever took the message; the shopper's two tabs are on both.
        var dana = await app.NewCustomerAsync("Dana");
        await using var replica = await app.StartReplicaAsync();
        var (onFirst, onSecond) = (new ConcurrentQueue<InboxItemView>(), new ConcurrentQueue<InboxItemView>());
        await using var firstTab = await ConnectAsync(app.Hub, dana.AccessToken, onFirst);
        await using var secondTab = await ConnectAsync(replica.Hub, dana.AccessToken, onSecond);
        var order = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(order, dana.Id, "Paid", "Priced", null, null, 4, DateTimeOffset.UtcNow));

        await Eventually.ReachesAsync(() => Task.FromResult(Math.Min(onFirst.Count, onSecond.Count)), count => count > 0, TimeSpan.FromSeconds(30));
        Assert.Equal(order, Assert.Single(onFirst).OrderId);
        Assert.Equal(Assert.Single(onFirst), Assert.Single(onSecond));
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_valid_token()
    {
        var anonymous = new HubConnectionBuilder()
            .WithUrl(app.Hub, options => options.Transports = HttpTransportType.WebSockets)
            .Build();
        var forged = new HubConnectionBuilder()
            .WithUrl(app.Hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>("not-a-token");
            })
            .Build();

        await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => forged.StartAsync());
        await anonymous.DisposeAsync();
        await forged.DisposeAsync();
    }

    private Task<HubConnection> ConnectAsync(string token, ConcurrentQueue<InboxItemView> received) => ConnectAsync(app.Hub, token, received);

    private static Task<HubConnection> ConnectAsync(Uri hub, string token, ConcurrentQueue<InboxItemView> received) =>
        SignedInHub.ConnectAsync(hub, token, connection => connection.On<InboxItemView>(NotificationsHub.NotificationMethod, received.Enqueue));
}
