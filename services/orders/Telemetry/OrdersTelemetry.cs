using System.Diagnostics.Metrics;
using K8sShop.Orders.Ordering;

namespace K8sShop.Orders.Telemetry;

/// <summary>
/// The orders service's business metrics (meter <c>K8sShop.Orders</c>, picked up by the service defaults'
/// <c>K8sShop.*</c> meter filter): orders placed, paid and failed, and what paid orders were worth.
/// </summary>
public static class OrdersTelemetry
{
    public const string Name = "K8sShop.Orders";

    private static readonly Meter Meter = new(Name);

    public static Counter<long> Placed { get; } = Meter.CreateCounter<long>("k8sshop.orders.placed", description: "Orders submitted by shoppers");

    public static Counter<long> Paid { get; } = Meter.CreateCounter<long>("k8sshop.orders.paid", description: "Orders whose payment was captured");

    public static Counter<long> Failed { get; } = Meter.CreateCounter<long>("k8sshop.orders.failed", description: "Orders that ended rejected, with a failed payment, or cancelled");

    public static Histogram<long> Value { get; } = Meter.CreateHistogram<long>("k8sshop.orders.value", unit: "{minor_unit}", description: "Total of each paid order, in minor units of its currency");

    /// <summary>Counts a status change once it is saved.</summary>
    public static void Record(Order order, OrderStatus status)
    {
        ArgumentNullException.ThrowIfNull(order);
        switch (status)
        {
            case OrderStatus.Submitted:
                Placed.Add(1);
                break;
            case OrderStatus.Paid:
                var currency = new KeyValuePair<string, object?>("currency", order.Currency);
                Paid.Add(1, currency);
                Value.Record(order.TotalMinor ?? 0, currency);
                break;
            case OrderStatus.Rejected or OrderStatus.PaymentFailed or OrderStatus.Cancelled:
                Failed.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));
                break;
        }
    }
}
