namespace K8sShop.Notifications.Live;

/// <summary>
/// What the hub's <see cref="NotificationsHub.OrderStatusMethod"/> carries: a signal that the order moved on.
/// The open order page reads the order again from the orders service, which stays the truth.
/// </summary>
public sealed record OrderStatusPush(Guid OrderId, string Status, DateTimeOffset OccurredAt);
