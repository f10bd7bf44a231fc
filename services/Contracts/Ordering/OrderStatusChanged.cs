namespace K8sShop.Contracts.Ordering;

/// <summary>
/// The order moved to <paramref name="Status"/> (an <c>OrderStatus</c> name such as <c>Paid</c>). Feeds the live
/// tracking page and the notifications service. <paramref name="Version"/> grows with every change of the order,
/// so a consumer that sees events out of order keeps the highest.
/// </summary>
public sealed record OrderStatusChanged(
    Guid OrderId,
    Guid? CustomerId,
    string Status,
    string? PreviousStatus,
    string? Reason,
    string? TrackingNumber,
    long Version,
    DateTimeOffset ChangedAt) : IIntegrationMessage;
