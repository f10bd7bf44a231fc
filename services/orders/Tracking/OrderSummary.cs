using K8sShop.Orders.Ordering;

namespace K8sShop.Orders.Tracking;

/// <summary>One order in a list: enough to show a row and link to the detail.</summary>
public sealed record OrderSummary(Guid Id, Guid CustomerId, string Status, long Version, long? TotalMinor, string? Currency, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrderSummary Of(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.Id, order.CustomerId, order.Status.ToString(), order.Version, order.TotalMinor, order.Currency, Utc(order.CreatedAtUtc), Utc(order.UpdatedAtUtc));
    }

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
