namespace K8sShop.Notifications.Inbox;

/// <summary>An inbox item as the API and the live push show it.</summary>
public sealed record InboxItemView(Guid Id, string Kind, string Title, string Body, Guid? OrderId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static InboxItemView Of(InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new InboxItemView(
            item.Id,
            item.Kind,
            item.Title,
            item.Body,
            item.OrderId,
            new DateTimeOffset(DateTime.SpecifyKind(item.CreatedAtUtc, DateTimeKind.Utc)),
            item.ReadAtUtc is { } read ? new DateTimeOffset(DateTime.SpecifyKind(read, DateTimeKind.Utc)) : null);
    }
}
