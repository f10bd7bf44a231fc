namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>
/// Proof that one consumer handled one message. Written in the consumer's own transaction, so a
/// redelivered message is recognised and its side effects never happen twice.
/// </summary>
public sealed class ProcessedMessage
{
    public required string Consumer { get; set; }

    public Guid MessageId { get; set; }

    public DateTime ProcessedAtUtc { get; set; }
}
