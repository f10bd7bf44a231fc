namespace K8sShop.Notifications.Storage;

/// <summary>
/// Which messages each consumer has handled, so a redelivery is skipped. Handling is itself idempotent
/// (deliveries and inbox items are keyed by the message), so a crash between handling and
/// <see cref="RecordAsync"/> repeats harmless work, never a send.
/// </summary>
public interface IProcessedMessages
{
    Task<bool> WasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the message as handled; recording it twice is not an error. True when this call recorded it,
    /// false when it was already there (a redelivery, or a concurrent delivery that won), so a consumer can
    /// also use it as a claim: only the caller that gets true acts.
    /// </summary>
    Task<bool> RecordAsync(string consumer, Guid messageId, DateTime processedAtUtc, CancellationToken cancellationToken);
}
