namespace K8sShop.Orders.Ordering;

/// <summary>
/// One line of an order's history: a status change, or a note that left the status as it was (a refund
/// requested or refused). <see cref="Version"/> is the order's version after the entry, so entries sort by it.
/// </summary>
public sealed class OrderHistoryEntry
{
    public const int MaxReasonLength = 1000;

    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public long Version { get; set; }

    public OrderStatus Status { get; set; }

    public OrderStatus? PreviousStatus { get; set; }

    public string? Reason { get; set; }

    public DateTime AtUtc { get; set; }
}
