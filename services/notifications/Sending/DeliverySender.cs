using K8sShop.Notifications.Storage;
using Microsoft.Extensions.Options;

namespace K8sShop.Notifications.Sending;

/// <summary>
/// Sends due deliveries and records every outcome: sent, retry later (waits doubling from
/// <see cref="DeliveryOptions.FirstRetryAfter"/>), or failed for good after
/// <see cref="DeliveryOptions.MaxAttempts"/>. A failure never reaches the bus, so an unreachable SMTP
/// server cannot make an event redeliver and send twice. Every replica runs one; a delivery is leased
/// before its attempt, so two replicas that see it due at once send it once.
/// </summary>
public sealed partial class DeliverySender(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    ILogger<DeliverySender> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the loop must outlive a database hiccup; the next poll tries again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, ex);
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>One pass over the deliveries due now.</summary>
    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<INotificationStore>();
        var senders = scope.ServiceProvider.GetServices<IChannelSender>().ToDictionary(s => s.Channel);
        foreach (var delivery in await store.DueDeliveriesAsync(clock.GetUtcNow().UtcDateTime, Batch, cancellationToken))
        {
            if (!await store.TryLeaseDeliveryAsync(delivery, clock.GetUtcNow().UtcDateTime + options.Value.Lease, cancellationToken))
            {
                continue; // another replica is attempting it
            }

            await AttemptAsync(delivery, senders[delivery.Channel], cancellationToken);
            await store.UpdateDeliveryAsync(delivery, cancellationToken);
        }
    }

    private async Task AttemptAsync(Delivery delivery, IChannelSender sender, CancellationToken cancellationToken)
    {
        delivery.Attempts++;
        try
        {
            await sender.SendAsync(delivery, cancellationToken);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            delivery.LastError = null;
            LogSent(logger, delivery.Channel, delivery.Kind, delivery.Id, delivery.Attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = $"{ex.GetType().Name}: {ex.Message}";
            delivery.LastError = error.Length > 2000 ? error[..2000] : error;
            if (delivery.Attempts >= options.Value.MaxAttempts)
            {
                delivery.Status = DeliveryStatus.Failed;
                LogGaveUp(logger, ex, delivery.Channel, delivery.Kind, delivery.Id, delivery.Attempts);
            }
            else
            {
                delivery.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + options.Value.BackoffAfter(delivery.Attempts);
                LogWillRetry(logger, ex, delivery.Channel, delivery.Kind, delivery.Id, delivery.Attempts, delivery.NextAttemptAtUtc);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Channel} {Kind} delivery {DeliveryId} on attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Channel channel, string kind, Guid deliveryId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} {Kind} delivery {DeliveryId} failed on attempt {Attempt}; next attempt at {NextAttemptAtUtc}")]
    private static partial void LogWillRetry(ILogger logger, Exception exception, Channel channel, string kind, Guid deliveryId, int attempt, DateTime nextAttemptAtUtc);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Channel} {Kind} delivery {DeliveryId} failed for good after {Attempt} attempts")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, Channel channel, string kind, Guid deliveryId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending due deliveries failed; trying again at the next poll")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
