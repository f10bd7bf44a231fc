using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>
/// Several notifications replicas each run a delivery worker over the one database: a delivery due for all
/// of them at once is leased by one and sent once.
/// </summary>
public sealed class TwoDeliveryWorkersTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    private const int Deliveries = 20;

    [Fact]
    public async Task Two_workers_over_one_MariaDB_database_send_each_due_delivery_once()
    {
        var userId = Guid.NewGuid();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var recipients = Enumerable.Range(0, Deliveries).Select(i => $"worker-race-{i}-{Guid.NewGuid():N}@example.com").ToList();
        // Recorded as a consumer records them, but due already: both workers find all of them on their first pass.
        await app.UseStoreAsync(async store =>
        {
            foreach (var recipient in recipients)
            {
                await store.AddDeliveryAsync(Due(userId, recipient, now.AddSeconds(-1)), CancellationToken.None);
            }
        });
        var first = Worker();
        var second = Worker();

        await Task.WhenAll(first.SendDueAsync(CancellationToken.None), second.SendDueAsync(CancellationToken.None));

        var recorded = await Eventually.ReachesAsync(
            () => app.DeliveriesOfAsync(userId),
            d => d.Count == Deliveries && d.All(x => x.Status == DeliveryStatus.Sent),
            TimeSpan.FromSeconds(60));
        Assert.All(recorded, d => Assert.Equal(1, d.Attempts));
        foreach (var recipient in recipients)
        {
            Assert.Single(await app.Mail.MessagesToAsync(recipient));
        }
    }

    /// <summary>A delivery worker as another replica runs it: its own scopes (so its own database connections) over the same database.</summary>
    private DeliverySender Worker() => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        new DeliverySignal(),
        TimeProvider.System,
        Options.Create(new DeliveryOptions()),
        NullLogger<DeliverySender>.Instance);

    private static Delivery Due(Guid userId, string recipient, DateTime dueAtUtc) => new()
    {
        Key = $"{Guid.NewGuid()}/email",
        UserId = userId,
        Channel = Channel.Email,
        Recipient = recipient,
        RecipientName = "Racer",
        Kind = "OrderStatusChanged",
        Locale = "en",
        Subject = "Your order is now paid",
        TextBody = "Hello Racer,\n\nYour order is now paid.",
        HtmlBody = "<p>Hello Racer,</p>",
        CreatedAtUtc = dueAtUtc,
        NextAttemptAtUtc = dueAtUtc,
    };
}
