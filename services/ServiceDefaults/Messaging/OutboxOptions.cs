namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>Tuning of the outbox dispatcher (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the outbox is read when nothing signalled a new message. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages read per round. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The first retry delay after a failed publish; it doubles per attempt. Default 200 ms.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest retry delay. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one publish may wait for the broker before it counts as failed. Default 10 s.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long dispatched messages are kept for investigation. Default 1 day.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);
}
