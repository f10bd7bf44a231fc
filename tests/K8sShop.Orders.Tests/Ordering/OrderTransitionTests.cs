using K8sShop.Contracts.Stock;
using K8sShop.Orders.Ordering;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Orders.Tests.Ordering;

/// <summary>The order aggregate alone: every (from, to) pair of statuses, legal or not, and what a change leaves behind.</summary>
public sealed class OrderTransitionTests
{
    /// <summary>The specification, written out independently of <see cref="OrderTransitions"/>.</summary>
    private static readonly HashSet<(OrderStatus, OrderStatus)> Legal =
    [
        (OrderStatus.Submitted, OrderStatus.StockReserved), (OrderStatus.Submitted, OrderStatus.Rejected), (OrderStatus.Submitted, OrderStatus.Cancelled),
        (OrderStatus.StockReserved, OrderStatus.Priced), (OrderStatus.StockReserved, OrderStatus.Rejected), (OrderStatus.StockReserved, OrderStatus.Cancelled),
        (OrderStatus.Priced, OrderStatus.Paid), (OrderStatus.Priced, OrderStatus.PaymentFailed), (OrderStatus.Priced, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderStatus.Shipped), (OrderStatus.Paid, OrderStatus.Cancelled), (OrderStatus.Paid, OrderStatus.Refunded),
        (OrderStatus.Shipped, OrderStatus.Delivered), (OrderStatus.Shipped, OrderStatus.Refunded),
        (OrderStatus.Delivered, OrderStatus.Refunded),
        (OrderStatus.Cancelled, OrderStatus.Refunded),
    ];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public static TheoryData<OrderStatus, OrderStatus> EveryPair()
    {
        var pairs = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            // No method leads back to Submitted (only placing an order does), so it is no target.
            foreach (var to in Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.Submitted))
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Fact]
    public void The_transition_table_is_exactly_the_specified_one()
    {
        Assert.Equal(Legal.OrderBy(p => p).ToList(), OrderTransitions.All.OrderBy(p => p).ToList());
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_pair_of_statuses_is_allowed_only_when_the_table_says_so_and_refused_the_same_way_otherwise(OrderStatus from, OrderStatus to)
    {
        var order = OrderIn(from);
        Assert.Equal(from, order.Status);
        var (version, history, pending) = (order.Version, order.History.Count, order.PendingChanges.Count);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var result = Attempt(order, to);

        if (Legal.Contains((from, to)))
        {
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal((to, version + 1, history + 1, pending + 1), (order.Status, order.Version, order.History.Count, order.PendingChanges.Count));
            var entry = order.History[^1];
            Assert.Equal((to, (OrderStatus?)from, _clock.GetUtcNow().UtcDateTime), (entry.Status, entry.PreviousStatus, entry.AtUtc));
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        }
        else
        {
            Assert.Equal(TransitionResult.Refused(from, to), result);
            Assert.Equal($"An order that is {from} cannot become {to}.", result.Error);
            Assert.Equal((from, version, history, pending), (order.Status, order.Version, order.History.Count, order.PendingChanges.Count));
        }
    }

    [Fact]
    public void The_happy_path_keeps_a_history_with_reasons_times_and_growing_versions()
    {
        var order = OrderIn(OrderStatus.Delivered);

        Assert.Equal(
            [OrderStatus.Submitted, OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered],
            order.History.Select(h => h.Status));
        Assert.Equal([1L, 2, 3, 4, 5, 6], order.History.Select(h => h.Version));
        Assert.Equal(order.History.Select(h => h.Version), order.PendingChanges.Select(c => c.Version));
        Assert.Equal(("1Z999", 1_190L, "EUR"), (order.TrackingNumber, order.TotalMinor, order.Currency));
        Assert.Equal(("SKU-1", (long?)500), (order.Lines[0].Sku, order.Lines[0].UnitPriceMinor));
        Assert.Contains("1Z999", order.History[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_payment_token_is_forgotten_once_payment_succeeded_or_failed()
    {
        var priced = OrderIn(OrderStatus.Priced);
        Assert.Equal("tok_visa", priced.PaymentToken);
        priced.MarkPaid(Guid.NewGuid(), _clock.GetUtcNow());
        Assert.Null(priced.PaymentToken);

        var failed = OrderIn(OrderStatus.Priced);
        failed.FailPayment("declined", _clock.GetUtcNow());
        Assert.Null(failed.PaymentToken);
    }

    [Fact]
    public void The_payment_deadline_is_the_reservation_expiry()
    {
        var order = OrderIn(OrderStatus.StockReserved);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15).UtcDateTime, order.PaymentDeadlineUtc);
    }

    [Fact]
    public void A_refund_is_requested_once_until_payments_answers_and_may_be_asked_again_after_it_failed()
    {
        var order = OrderIn(OrderStatus.Shipped);
        Assert.True(order.RequestRefund("broken", order.RefundableMinor, _clock.GetUtcNow()).Succeeded);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        var again = order.RequestRefund("broken", order.RefundableMinor, _clock.GetUtcNow());
        Assert.False(again.Succeeded);

        order.RefundFailed("provider down", _clock.GetUtcNow());
        Assert.Contains("provider down", order.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.True(order.RequestRefund("broken", order.RefundableMinor, _clock.GetUtcNow()).Succeeded);
    }

    [Fact]
    public void Partial_refunds_add_up_and_the_order_is_Refunded_only_when_the_whole_total_is_back()
    {
        var order = OrderIn(OrderStatus.Delivered);
        var total = order.TotalMinor!.Value;
        Assert.True(total > 1);

        Assert.False(order.RequestRefund("too much", total + 1, _clock.GetUtcNow()).Succeeded);
        Assert.False(order.RequestRefund("nothing", 0, _clock.GetUtcNow()).Succeeded);
        Assert.True(order.RequestRefund("one broken", 1, _clock.GetUtcNow()).Succeeded);
        Assert.True(order.RecordRefund(1, "one broken", _clock.GetUtcNow()).Succeeded);
        Assert.Equal((OrderStatus.Delivered, 1L, total - 1, (DateTime?)null), (order.Status, order.RefundedMinor, order.RefundableMinor, order.RefundRequestedAtUtc));

        Assert.False(order.RequestRefund("the rest and more", total, _clock.GetUtcNow()).Succeeded);
        Assert.True(order.RequestRefund("the rest", total - 1, _clock.GetUtcNow()).Succeeded);
        Assert.True(order.RecordRefund(total - 1, "the rest", _clock.GetUtcNow()).Succeeded);
        Assert.Equal((OrderStatus.Refunded, total, 0L), (order.Status, order.RefundedMinor, order.RefundableMinor));
    }

    [Theory]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Priced)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Refunded)]
    public void A_refund_is_refused_for_an_order_that_was_not_paid_or_is_refunded(OrderStatus status)
    {
        var order = OrderIn(status);
        Assert.Equal(TransitionResult.Refused(status, OrderStatus.Refunded), order.RequestRefund("why", 1, _clock.GetUtcNow()));
    }

    [Fact]
    public void A_payment_for_a_cancelled_order_is_accepted_once_for_refunding_and_the_order_stays_cancelled()
    {
        var order = OrderIn(OrderStatus.Priced);
        order.Cancel("expired", _clock.GetUtcNow());
        var payment = Guid.NewGuid();

        Assert.False(order.MarkPaid(payment, _clock.GetUtcNow()).Succeeded);
        Assert.True(order.AcceptLatePayment(payment, _clock.GetUtcNow()));
        Assert.False(order.AcceptLatePayment(payment, _clock.GetUtcNow()));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.True(order.MarkRefunded("refunded", _clock.GetUtcNow()).Succeeded);
    }

    [Fact]
    public void A_paid_order_accepts_no_late_payment()
    {
        var order = OrderIn(OrderStatus.Paid);
        Assert.False(order.AcceptLatePayment(Guid.NewGuid(), _clock.GetUtcNow()));
    }

    /// <summary>An order brought to <paramref name="status"/> the way the saga brings it there.</summary>
    private Order OrderIn(OrderStatus status)
    {
        var product = Guid.NewGuid();
        var address = new OrderAddress { Name = "Ada", Line1 = "Street 1", PostalCode = "10115", City = "Berlin", Country = "DE" };
        var order = Order.Place(Guid.NewGuid(), Guid.NewGuid(), "key", "hash", [(product, 2)], address, address, ["WELCOME"], "tok_visa", _clock.GetUtcNow());
        OrderStatus[] path = status switch
        {
            OrderStatus.Submitted => [],
            OrderStatus.StockReserved => [OrderStatus.StockReserved],
            OrderStatus.Priced => [OrderStatus.StockReserved, OrderStatus.Priced],
            OrderStatus.Paid => [OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.Paid],
            OrderStatus.Shipped => [OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.Paid, OrderStatus.Shipped],
            OrderStatus.Delivered => [OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered],
            OrderStatus.Rejected => [OrderStatus.Rejected],
            OrderStatus.PaymentFailed => [OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.PaymentFailed],
            OrderStatus.Cancelled => [OrderStatus.Cancelled],
            OrderStatus.Refunded => [OrderStatus.StockReserved, OrderStatus.Priced, OrderStatus.Paid, OrderStatus.Refunded],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            Assert.True(Attempt(order, step, product).Succeeded);
        }

        return order;
    }

    /// <summary>Asks the order for <paramref name="to"/> through the one method that leads there.</summary>
    private TransitionResult Attempt(Order order, OrderStatus to, Guid? product = null)
    {
        var now = _clock.GetUtcNow();
        return to switch
        {
            OrderStatus.StockReserved => order.ReserveStock(
                [new ReservedLine(product ?? order.Lines[0].ProductId, "SKU-1", "Mug", 2, 500, "EUR", "standard")], now.AddMinutes(15), now),
            OrderStatus.Priced => order.Price(new OrderAmounts(1_000, 0, 0, 190, 1_190, "EUR", []), now),
            OrderStatus.Paid => order.MarkPaid(Guid.NewGuid(), now),
            OrderStatus.Shipped => order.Ship("1Z999", now),
            OrderStatus.Delivered => order.Deliver(now),
            OrderStatus.Rejected => order.Reject("no stock", now),
            OrderStatus.PaymentFailed => order.FailPayment("declined", now),
            OrderStatus.Cancelled => order.Cancel("changed my mind", now),
            OrderStatus.Refunded => order.MarkRefunded("refunded", now),
            _ => throw new ArgumentOutOfRangeException(nameof(to)),
        };
    }
}
