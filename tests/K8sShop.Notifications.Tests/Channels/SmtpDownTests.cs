using K8sShop.Contracts;
using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>With the SMTP server down, sends are retried with growing waits, then recorded as failed; nothing crashes or is lost.</summary>
public sealed class SmtpDownTests(DeadSmtpApp app) : IClassFixture<DeadSmtpApp>
{
    [Fact]
    public async Task Failed_sends_retry_with_doubling_waits_then_stop_with_the_failure_recorded()
    {
        var userId = await RegisterAsync();
        var start = app.Clock.GetUtcNow().UtcDateTime;

        await app.PublishAsync(new OrderStatusChanged(Guid.NewGuid(), userId, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));

        var first = await AttemptsReachAsync(userId, 1);
        Assert.Equal((DeliveryStatus.Pending, start + DeadSmtpApp.FirstRetryAfter), (first.Status, first.NextAttemptAtUtc));
        Assert.False(string.IsNullOrEmpty(first.LastError));

        app.Clock.Advance(DeadSmtpApp.FirstRetryAfter);
        var second = await AttemptsReachAsync(userId, 2);
        Assert.Equal((DeliveryStatus.Pending, start + DeadSmtpApp.FirstRetryAfter + (2 * DeadSmtpApp.FirstRetryAfter)), (second.Status, second.NextAttemptAtUtc));

        app.Clock.Advance(2 * DeadSmtpApp.FirstRetryAfter);
        var last = await AttemptsReachAsync(userId, DeadSmtpApp.MaxAttempts);
        Assert.Equal(DeliveryStatus.Failed, last.Status);
        Assert.Null(last.SentAtUtc);
        Assert.Contains("Exception", last.LastError, StringComparison.Ordinal);

        // Much later, with a new event proving the sender still runs, the failed delivery is left alone.
        app.Clock.Advance(TimeSpan.FromDays(1));
        var otherUser = await RegisterAsync();
        await app.PublishAsync(new OrderStatusChanged(Guid.NewGuid(), otherUser, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));
        await AttemptsReachAsync(otherUser, 1);
        var after = Assert.Single(await app.DeliveriesOfAsync(userId));
        Assert.Equal((DeliveryStatus.Failed, DeadSmtpApp.MaxAttempts), (after.Status, after.Attempts));
    }

    [Fact]
    public async Task The_development_mail_viewer_is_refused_outside_development()
    {
        using var client = app.Client();

        using var list = await client.GetAsync(new Uri("api/notifications/dev/mail", UriKind.Relative));
        using var one = await client.GetAsync(new Uri("api/notifications/dev/mail/x.eml", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(list, System.Net.HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(one, System.Net.HttpStatusCode.NotFound);
    }

    /// <summary>Waits for the user's delivery to reach <paramref name="attempts"/>, waking the sender as a new event would.</summary>
    private async Task<Sending.Delivery> AttemptsReachAsync(Guid userId, int attempts)
    {
        var signal = app.Services.GetRequiredService<DeliverySignal>();
        var deliveries = await Eventually.ReachesAsync(
            async () =>
            {
                signal.Notify();
                return await app.DeliveriesOfAsync(userId);
            },
            found => found.Count == 1 && found[0].Attempts >= attempts,
            TimeSpan.FromSeconds(60));
        var delivery = Assert.Single(deliveries);
        Assert.Equal(attempts, delivery.Attempts);
        return delivery;
    }

    private async Task<Guid> RegisterAsync()
    {
        var userId = Guid.NewGuid();
        await app.PublishAsync(new UserRegistered(userId, $"user-{userId:N}@example.com", "Dana", DateTimeOffset.UtcNow));
        Contacts.Contact? contact = null;
        await Eventually.ReachesAsync(
            async () =>
            {
                await app.UseStoreAsync(async store => contact = await store.FindContactAsync(userId, CancellationToken.None));
                return contact;
            },
            found => found is not null,
            TimeSpan.FromSeconds(30));
        Assert.NotNull(contact);
        return userId;
    }
}
