namespace K8sShop.Orders.Ordering;

/// <summary>A change of an order not yet announced; the DbContext turns each into an <c>OrderStatusChanged</c> in the outbox.</summary>
public sealed record StatusChange(OrderStatus? From, OrderStatus To, string? Reason, long Version, DateTimeOffset At);
