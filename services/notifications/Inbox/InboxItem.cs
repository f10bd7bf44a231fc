namespace K8sShop.Notifications.Inbox;

/// <summary>An in-app notification in a user's inbox.</summary>
public sealed class InboxItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The event that caused it: a redelivered event finds it taken.</summary>
    public required string Key { get; set; }

    public Guid UserId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The order it is about, when it is about one.</summary>
    public Guid? OrderId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }
}
