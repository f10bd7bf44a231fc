namespace K8sShop.Notifications.Storage;

/// <summary>
/// Which messages each consumer has handled, so a redelivery is skipped. Handling is itself idempotent
/// (deliveries and inbox items are keyed by the message), so a crash between handling and
/// <see cref="RecordAsync"/> repeats harmless work, never a send.
/// </summary>
public interface IProcessedMessages
{
    Task<bool> WasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken);

    /// <summary>Records the message as handled; recording it twice is not an error.</summary>
    Task RecordAsync(string consumer, Guid messageId, DateTime processedAtUtc, CancellationToken cancellationToken);
}
