namespace K8sShop.Notifications.Storage.Mongo;

/// <summary>A handled message in MongoDB; the unique (consumer, message) index makes recording it twice impossible.</summary>
public sealed class ProcessedMessageDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Consumer { get; set; }

    public Guid MessageId { get; set; }

    public DateTime ProcessedAtUtc { get; set; }
}
