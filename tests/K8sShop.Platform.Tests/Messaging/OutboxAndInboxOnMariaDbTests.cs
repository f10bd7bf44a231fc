using K8sShop.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>The outbox and the idempotent consumer on real MariaDB and a real RabbitMQ vhost.</summary>
public sealed class OutboxAndInboxOnMariaDbTests(TestDatabase database, TestVirtualHost vhost)
    : IClassFixture<TestDatabase>, IClassFixture<TestVirtualHost>
{
    [Fact]
    public async Task A_thousand_messages_are_consumed_exactly_once_across_a_broker_restart()
    {
        await using var host = await LedgerHost.StartAsync(database.ConnectionString, vhost.ConnectionString);
        const int total = 1_000;

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var number = writer; number < total; number += 4)
            {
                await LedgerHost.RecordPaymentAsync(host.Services, number);
            }
        })).ToList();

        // Restart the broker while the writers are still committing and the dispatcher publishing.
        await Eventually.ReachesAsync(() => LedgerHost.CountAsync(host.Services), c => c.Receipts >= 100, TimeSpan.FromSeconds(60));
        await vhost.RestartBrokerAsync();
        await Task.WhenAll(writers);

        var counts = await Eventually.ReachesAsync(
            () => LedgerHost.CountAsync(host.Services), c => c.Receipts >= total && c.Pending == 0, TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(1));

        // Give a late duplicate (a re-publish after the restart) the time to arrive and be discarded.
        await Task.Delay(TimeSpan.FromSeconds(2));
        counts = await LedgerHost.CountAsync(host.Services);
        Assert.Equal((total, total, 0), counts);
    }

    [Fact]
    public async Task Messages_committed_before_a_crash_are_published_after_the_restart()
    {
        // The process "crashes" after committing: nothing was dispatched, the rows stay in the outbox.
        using (var crashed = await LedgerHost.BuildAsync(database.ConnectionString, vhost.ConnectionString))
        {
            await LedgerHost.RecordPaymentAsync(crashed.Services, -300);
            await LedgerHost.RecordPaymentAsync(crashed.Services, -301);
        }

        await using var restarted = await LedgerHost.StartAsync(database.ConnectionString, vhost.ConnectionString);
        var received = await Eventually.ReachesAsync(() => ReceiptsNumbered(restarted, -300, -301), n => n.Count >= 2, TimeSpan.FromSeconds(30));
        Assert.Equal([-301, -300], received.Order().ToList());
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var host = await LedgerHost.StartAsync(database.ConnectionString, vhost.ConnectionString);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Payments.Add(new Payment { Number = -1 });
            db.Publish(new PaymentRecorded(-1, 1, "EUR"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // A committed message afterwards proves the pipeline works and bounds the wait.
        await LedgerHost.RecordPaymentAsync(host.Services, -2);
        await Eventually.ReachesAsync(() => ReceiptsNumbered(host, -1, -2), n => n.Count >= 1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal([-2], await ReceiptsNumbered(host, -1, -2));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            Assert.Empty(db.Payments.Where(p => p.Number == -1).ToList());
            Assert.Single(db.OutboxMessages.Where(m => m.Body.Contains("\"number\":-2,")).ToList());
            Assert.Empty(db.OutboxMessages.Where(m => m.Body.Contains("\"number\":-1,")).ToList());
        }

    }

    [Fact]
    public async Task A_message_delivered_twice_has_its_side_effect_once()
    {
        await using var host = await LedgerHost.StartAsync(database.ConnectionString, vhost.ConnectionString);
        var bus = host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var message = new PaymentRecorded(-100, 5, "EUR");
        await bus.Publish(message, c => c.MessageId = messageId);
        await bus.Publish(message, c => c.MessageId = messageId);
        await LedgerHost.RecordPaymentAsync(host.Services, -101);

        await Eventually.ReachesAsync(() => ReceiptsNumbered(host, -100, -101), n => n.Count >= 2, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var numbers = await ReceiptsNumbered(host, -100, -101);
        Assert.Equal([-101, -100], numbers.Order().ToList());
    }

    private static async Task<List<int>> ReceiptsNumbered(RunningHost host, params int[] numbers)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        return db.Receipts.Where(r => numbers.Contains(r.Number)).Select(r => r.Number).ToList();
    }
}
