using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Ordering;

namespace K8sShop.Orders.Tracking;

/// <summary>One order in full, with its history. Never carries the payment token.</summary>
public sealed record OrderView(
    Guid Id,
    Guid CustomerId,
    string Status,
    long Version,
    IReadOnlyList<OrderLineView> Lines,
    PostalAddress ShippingAddress,
    PostalAddress BillingAddress,
    IReadOnlyList<string> DiscountCodes,
    OrderAmountsView? Amounts,
    DateTimeOffset? PaymentDeadline,
    string? TrackingNumber,
    bool RefundPending,
    IReadOnlyList<OrderHistoryView> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long RefundedMinor = 0)
{
    public static OrderView Of(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(
            order.Id,
            order.CustomerId,
            order.Status.ToString(),
            order.Version,
            order.Lines.OrderBy(l => l.Position).Select(l => new OrderLineView(l.ProductId, l.Quantity, l.Sku, l.Name, l.UnitPriceMinor, l.Currency)).ToList(),
            order.ShippingAddress.ToMessage(),
            order.BillingAddress.ToMessage(),
            order.DiscountCodes,
            order.TotalMinor is { } total
                ? new OrderAmountsView(order.SubtotalMinor ?? 0, order.DiscountMinor ?? 0, order.ShippingMinor ?? 0, order.TaxMinor ?? 0, total, order.Currency ?? "", order.AppliedDiscountCodes)
                : null,
            order.PaymentDeadlineUtc is { } deadline ? OrderSummary.Utc(deadline) : null,
            order.TrackingNumber,
            order.RefundRequestedAtUtc is not null,
            order.History.OrderBy(h => h.Version).Select(h => new OrderHistoryView(h.Status.ToString(), h.PreviousStatus?.ToString(), h.Reason, OrderSummary.Utc(h.AtUtc), h.Version)).ToList(),
            OrderSummary.Utc(order.CreatedAtUtc),
            OrderSummary.Utc(order.UpdatedAtUtc),
            order.RefundedMinor);
    }
}

public sealed record OrderLineView(Guid ProductId, int Quantity, string? Sku, string? Name, long? UnitPriceMinor, string? Currency);

public sealed record OrderAmountsView(long SubtotalMinor, long DiscountMinor, long ShippingMinor, long TaxMinor, long TotalMinor, string Currency, IReadOnlyList<string> AppliedDiscountCodes);

public sealed record OrderHistoryView(string Status, string? PreviousStatus, string? Reason, DateTimeOffset At, long Version);
