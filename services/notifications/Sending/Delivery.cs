namespace K8sShop.Notifications.Sending;

/// <summary>
/// One rendered message on one channel to one recipient, and the record of sending it. Rendered when
/// the event arrives, so a retry sends exactly what the first attempt tried.
/// </summary>
public sealed class Delivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The event and channel that caused it (<c>{messageId}/{channel}</c>): a redelivered event finds it taken.</summary>
    public required string Key { get; set; }

    public Guid UserId { get; set; }

    public Channel Channel { get; set; }

    /// <summary>An email address or a phone number.</summary>
    public required string Recipient { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>Which template rendered it (a <c>NotificationKind</c> name).</summary>
    public required string Kind { get; set; }

    public required string Locale { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }
}
