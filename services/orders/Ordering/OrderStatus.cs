namespace K8sShop.Orders.Ordering;

/// <summary>Where an order is in the checkout saga and after it. The names travel in <c>OrderStatusChanged.Status</c>.</summary>
public enum OrderStatus
{
    Submitted,
    StockReserved,
    Priced,
    Paid,
    Shipped,
    Delivered,
    Rejected,
    PaymentFailed,
    Cancelled,
    Refunded,
}
