namespace K8sShop.Orders.Ordering;

/// <summary>
/// The one table of legal status changes. Anything not listed here is refused, the same way, by
/// <see cref="Order"/>. Rejected, PaymentFailed and Refunded are final.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Submitted] = [OrderStatus.StockReserved, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.StockReserved] = [OrderStatus.Priced, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.Priced] = [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        // Cancelled after payment waits for the refund; Refunded directly is an admin refund landing.
        [OrderStatus.Paid] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Refunded],
        // A cancelled order that had been paid (or was paid too late) is refunded.
        [OrderStatus.Cancelled] = [OrderStatus.Refunded],
        [OrderStatus.Rejected] = [],
        [OrderStatus.PaymentFailed] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    /// <summary>Every legal (from, to) pair, for tests and documentation.</summary>
    public static IEnumerable<(OrderStatus From, OrderStatus To)> All =>
        Allowed.SelectMany(entry => entry.Value.Select(to => (entry.Key, to)));
}
