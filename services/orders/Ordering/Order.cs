using K8sShop.Contracts.Stock;

namespace K8sShop.Orders.Ordering;

/// <summary>
/// An order and its life. Every change of status goes through <see cref="Move"/>, which consults
/// <see cref="OrderTransitions"/>, writes the history and bumps <see cref="Version"/> (the row's
/// concurrency token); a change the table does not allow is refused with a <see cref="TransitionResult"/>.
/// </summary>
public sealed class Order
{
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxTrackingNumberLength = 100;
    public const int MaxPaymentTokenLength = 200;

    private readonly List<StatusChange> _pending = [];

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    /// <summary>SHA-256 of the submitted request, to tell a replay from a different order under the same key.</summary>
    public string RequestHash { get; private set; } = "";

    public OrderStatus Status { get; private set; }

    public long Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public OrderAddress ShippingAddress { get; private set; } = new();

    public OrderAddress BillingAddress { get; private set; } = new();

    public List<string> DiscountCodes { get; private set; } = [];

    /// <summary>The provider's token for the shopper's payment method; cleared once payment succeeded or failed.</summary>
    public string? PaymentToken { get; private set; }

    /// <summary>The stock reservation's expiry: payments refuses to charge after it.</summary>
    public DateTime? PaymentDeadlineUtc { get; private set; }

    public long? SubtotalMinor { get; private set; }

    public long? DiscountMinor { get; private set; }

    public long? ShippingMinor { get; private set; }

    public long? TaxMinor { get; private set; }

    public long? TotalMinor { get; private set; }

    public string? Currency { get; private set; }

    public List<string> AppliedDiscountCodes { get; private set; } = [];

    public Guid? PaymentId { get; private set; }

    public string? TrackingNumber { get; private set; }

    /// <summary>Set while a refund is asked of payments and not yet answered, so it is asked once.</summary>
    public DateTime? RefundRequestedAtUtc { get; private set; }

    /// <summary>What payments has given back so far, in minor units of <see cref="Currency"/>; an order may be refunded in parts.</summary>
    public long RefundedMinor { get; private set; }

    /// <summary>What is left to refund: the total less what was refunded.</summary>
    public long RefundableMinor => Math.Max((TotalMinor ?? 0) - RefundedMinor, 0);

    public List<OrderLineItem> Lines { get; private set; } = [];

    public List<OrderHistoryEntry> History { get; private set; } = [];

    /// <summary>Changes since the order was loaded, to announce when it is saved.</summary>
    public IReadOnlyList<StatusChange> PendingChanges => _pending;

    public bool WasPaid => PaymentId is not null;

    public static Order Place(
        Guid id, Guid customerId, string idempotencyKey, string requestHash,
        IEnumerable<(Guid ProductId, int Quantity)> lines, OrderAddress shipping, OrderAddress billing,
        IEnumerable<string> discountCodes, string paymentToken, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var order = new Order
        {
            Id = id,
            CustomerId = customerId,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
            Status = OrderStatus.Submitted,
            CreatedAtUtc = now.UtcDateTime,
            ShippingAddress = shipping,
            BillingAddress = billing,
            DiscountCodes = discountCodes.ToList(),
            PaymentToken = paymentToken,
            Lines = lines.Select((l, i) => new OrderLineItem { Id = Guid.CreateVersion7(), OrderId = id, Position = i, ProductId = l.ProductId, Quantity = l.Quantity }).ToList(),
        };
        order.Record(OrderStatus.Submitted, null, "Order placed", now);
        return order;
    }

    public TransitionResult ReserveStock(IReadOnlyList<ReservedLine> reserved, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reserved);
        var result = Move(OrderStatus.StockReserved, $"Stock reserved until {expiresAt:u}", now);
        if (result.Succeeded)
        {
            var byProduct = reserved.ToDictionary(l => l.ProductId);
            foreach (var line in Lines)
            {
                if (byProduct.TryGetValue(line.ProductId, out var snapshot))
                {
                    (line.Sku, line.Name, line.UnitPriceMinor, line.Currency, line.TaxClass) =
                        (snapshot.Sku, snapshot.Name, snapshot.UnitPriceMinor, snapshot.Currency, snapshot.TaxClass);
                }
            }

            PaymentDeadlineUtc = expiresAt.UtcDateTime;
        }

        return result;
    }

    public TransitionResult Reject(string reason, DateTimeOffset now) => ClearingToken(Move(OrderStatus.Rejected, reason, now));

    public TransitionResult Price(OrderAmounts amounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var result = Move(OrderStatus.Priced, $"Priced at {amounts.TotalMinor} {amounts.Currency} (minor units)", now);
        if (result.Succeeded)
        {
            (SubtotalMinor, DiscountMinor, ShippingMinor, TaxMinor, TotalMinor, Currency) =
                (amounts.SubtotalMinor, amounts.DiscountMinor, amounts.ShippingMinor, amounts.TaxMinor, amounts.TotalMinor, amounts.Currency);
            AppliedDiscountCodes = amounts.AppliedDiscountCodes.ToList();
        }

        return result;
    }

    public TransitionResult MarkPaid(Guid paymentId, DateTimeOffset now)
    {
        var result = Move(OrderStatus.Paid, "Payment captured", now);
        if (result.Succeeded)
        {
            PaymentId = paymentId;
        }

        return ClearingToken(result);
    }

    public TransitionResult FailPayment(string reason, DateTimeOffset now) => ClearingToken(Move(OrderStatus.PaymentFailed, reason, now));

    /// <summary>Cancels before shipping. After payment the caller must ask payments for a refund (<see cref="WasPaid"/>).</summary>
    public TransitionResult Cancel(string reason, DateTimeOffset now)
    {
        var result = ClearingToken(Move(OrderStatus.Cancelled, reason, now));
        if (result.Succeeded && WasPaid)
        {
            RefundRequestedAtUtc = now.UtcDateTime;
        }

        return result;
    }

    public TransitionResult Ship(string trackingNumber, DateTimeOffset now)
    {
        var result = Move(OrderStatus.Shipped, $"Shipped, tracking number {trackingNumber}", now);
        if (result.Succeeded)
        {
            TrackingNumber = trackingNumber;
        }

        return result;
    }

    public TransitionResult Deliver(DateTimeOffset now) => Move(OrderStatus.Delivered, "Delivered", now);

    public TransitionResult MarkRefunded(string reason, DateTimeOffset now)
    {
        var result = Move(OrderStatus.Refunded, reason, now);
        if (result.Succeeded)
        {
            RefundRequestedAtUtc = null;
        }

        return result;
    }

    /// <summary>
    /// An admin refund of <paramref name="amountMinor"/> (the whole of what is left, or a part) of a paid, shipped or
    /// delivered order: the status stays until payments confirms, and becomes Refunded once the whole total is back.
    /// </summary>
    public TransitionResult RequestRefund(string reason, long amountMinor, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered) || !OrderTransitions.IsAllowed(Status, OrderStatus.Refunded))
        {
            return TransitionResult.Refused(Status, OrderStatus.Refunded);
        }

        if (RefundRequestedAtUtc is not null)
        {
            return TransitionResult.Refused(Status, OrderStatus.Refunded, "A refund of this order is already under way.");
        }

        if (amountMinor < 1 || amountMinor > RefundableMinor)
        {
            return TransitionResult.Refused(Status, OrderStatus.Refunded, $"Between 1 and {RefundableMinor} {Currency} (minor units) are left to refund.");
        }

        RefundRequestedAtUtc = now.UtcDateTime;
        Note($"Refund of {amountMinor} {Currency} (minor units) requested: {reason}", now);
        return TransitionResult.Moved(Status, Status);
    }

    /// <summary>
    /// Payments gave back <paramref name="amountMinor"/>: added to what was refunded. Once the whole total is back the
    /// order is Refunded; a part leaves the status as it was, with a history entry, and allows the next refund.
    /// </summary>
    public TransitionResult RecordRefund(long amountMinor, string reason, DateTimeOffset now)
    {
        RefundedMinor += Math.Max(amountMinor, 0);
        if (TotalMinor is { } total && RefundedMinor < total)
        {
            RefundRequestedAtUtc = null;
            Note($"Partly refunded: {RefundedMinor} of {total} {Currency} (minor units) given back. {reason}", now);
            return TransitionResult.Moved(Status, Status);
        }

        return MarkRefunded(reason, now);
    }

    /// <summary>
    /// A payment captured for an order that is no longer payable (cancelled, expired, rejected): the
    /// money must go back. False when this payment is already known (a redelivery) or the order was paid otherwise.
    /// </summary>
    public bool AcceptLatePayment(Guid paymentId, DateTimeOffset now)
    {
        if (PaymentId is not null || Status is not (OrderStatus.Cancelled or OrderStatus.Rejected or OrderStatus.PaymentFailed))
        {
            return false;
        }

        PaymentId = paymentId;
        RefundRequestedAtUtc = now.UtcDateTime;
        Note($"A payment arrived after the order became {Status}; it is refunded", now);
        return true;
    }

    /// <summary>Payments could not refund: the order stays where it is, the reason goes into the history for an admin, who may try again.</summary>
    public void RefundFailed(string reason, DateTimeOffset now)
    {
        RefundRequestedAtUtc = null;
        Note("Refund failed: " + reason, now);
    }

    /// <summary>A history entry that does not change the status (and announces nothing).</summary>
    public void Note(string reason, DateTimeOffset now)
    {
        Version++;
        UpdatedAtUtc = now.UtcDateTime;
        History.Add(Entry(Status, Status, reason, now));
    }

    private TransitionResult Move(OrderStatus to, string? reason, DateTimeOffset now)
    {
        var from = Status;
        if (!OrderTransitions.IsAllowed(from, to))
        {
            return TransitionResult.Refused(from, to);
        }

        Record(to, from, reason, now);
        return TransitionResult.Moved(from, to);
    }

    private void Record(OrderStatus to, OrderStatus? from, string? reason, DateTimeOffset now)
    {
        Status = to;
        Version++;
        UpdatedAtUtc = now.UtcDateTime;
        History.Add(Entry(to, from, reason, now));
        _pending.Add(new StatusChange(from, to, reason, Version, now));
    }

    private OrderHistoryEntry Entry(OrderStatus status, OrderStatus? from, string? reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrderId = Id,
        Version = Version,
        Status = status,
        PreviousStatus = from,
        Reason = reason is { Length: > OrderHistoryEntry.MaxReasonLength } ? reason[..OrderHistoryEntry.MaxReasonLength] : reason,
        AtUtc = now.UtcDateTime,
    };

    private TransitionResult ClearingToken(TransitionResult result)
    {
        if (result.Succeeded)
        {
            PaymentToken = null;
        }

        return result;
    }

    /// <summary>Called once the pending changes have been queued for publishing.</summary>
    public void ClearPendingChanges() => _pending.Clear();
}
