namespace K8sShop.Notifications.Sending;

/// <summary>How deliveries are sent and retried (configuration section <c>Notifications:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notifications:Delivery";

    /// <summary>Attempts before a delivery is recorded as failed for good. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; each later wait doubles. Default 30 s.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due retries when nothing wakes it. Default 5 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long one worker holds a delivery it is attempting (see <c>INotificationStore.TryLeaseDeliveryAsync</c>):
    /// longer than a send can take (MailKit's default timeout is 2 min), so no other replica attempts it
    /// meanwhile; a worker that died holds it no longer than this. Default 5 min.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before attempt <paramref name="attemptsSoFar"/> + 1.</summary>
    public TimeSpan BackoffAfter(int attemptsSoFar) =>
        FirstRetryAfter * Math.Pow(2, Math.Clamp(attemptsSoFar - 1, 0, 20));
}
