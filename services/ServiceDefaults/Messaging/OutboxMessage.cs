namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>
/// A message waiting to leave the service. Written in the same transaction as the state change
/// that caused it, so a message exists exactly when its change was committed.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Store order; the dispatcher publishes in this order.</summary>
    public long Id { get; set; }

    /// <summary>The bus message id; consumers de-duplicate on it, so a re-publish after a crash is harmless.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Assembly-qualified name of a type implementing <c>IIntegrationMessage</c>.</summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>W3C trace context of the writer, so the consumer's spans join the writer's trace.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DispatchedAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }
}
