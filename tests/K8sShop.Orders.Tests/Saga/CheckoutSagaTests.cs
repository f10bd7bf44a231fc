using System.Net;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.Orders.Tracking;
using K8sShop.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Orders.Tests.Saga;

/// <summary>
/// The checkout saga as orders runs it, over real RabbitMQ and MariaDB. Stockcheck, billing and payments are
/// not running: each test publishes their answers itself (hence "when_stockcheck_answers_…" in the names) and
/// observes what orders publishes and the order's status.
/// </summary>
public sealed class CheckoutSagaTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task An_order_reaches_Paid_when_stockcheck_reserves_billing_prices_and_payments_captures()
    {
        using var metrics = new OrdersMetrics();
        using var alice = await Shopper.NewCustomerAsync(app);
        var product = Guid.NewGuid();
        var order = await alice.PlaceAsync(Shopper.ValidBody(product));
        var submitted = await OneAsync<OrderSubmitted>(order);
        Assert.Equal(2, submitted.Lines.Count);

        var expires = DateTimeOffset.UtcNow.AddMinutes(15);
        await PublishAsync(Reserved(order, submitted, expires));
        var price = await OneAsync<PriceOrder>(order);
        Assert.Equal((2, "DE", "WELCOME10"), (price.Lines.Count, price.ShippingAddress.Country, Assert.Single(price.DiscountCodes)));
        Assert.Equal(submitted.CustomerId, price.CustomerId);

        await PublishAsync(Priced(order));
        var charge = await OneAsync<ChargePayment>(order);
        Assert.Equal((2_380L, "EUR", "tok_visa"), (charge.AmountMinor, charge.Currency, charge.PaymentToken));
        Assert.Equal(expires.ToUnixTimeMilliseconds(), charge.Deadline.ToUnixTimeMilliseconds());

        var payment = Guid.NewGuid();
        await PublishAsync(new PaymentSucceeded(order, payment, "test", 2_380, "EUR", DateTimeOffset.UtcNow));
        var paid = await OneAsync<OrderPaid>(order);
        Assert.Equal((payment, 2_380L), (paid.PaymentId, paid.AmountMinor));

        var view = await StatusAsync(alice, order, "Paid");
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid"], view.History.Select(h => h.Status));
        Assert.Equal((2_380L, 380L), (view.Amounts!.TotalMinor, view.Amounts.TaxMinor));
        Assert.Equal("Mug", view.Lines[0].Name);
        Assert.Null(await app.QueryAsync(db => db.Orders.Where(o => o.Id == order).Select(o => o.PaymentToken).SingleAsync()));
        var changes = await StatusChangesAsync(order, 4);
        Assert.Equal([("Submitted", 1L), ("StockReserved", 2L), ("Priced", 3L), ("Paid", 4L)], changes.Select(c => (c.Status, c.Version)).OrderBy(c => c.Version));
        Assert.Contains(metrics.Seen, m => m.Instrument == "k8sshop.orders.placed");
        Assert.Contains(metrics.Seen, m => m.Instrument == "k8sshop.orders.paid" && m.Currency == "EUR");
        Assert.Contains(metrics.Seen, m => m.Instrument == "k8sshop.orders.value" && m.Value == 2_380 && m.Currency == "EUR");
    }

    [Fact]
    public async Task An_order_is_Rejected_with_each_lines_reason_when_stockcheck_answers_rejected()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();
        var submitted = await OneAsync<OrderSubmitted>(order);
        var scarce = submitted.Lines[0].ProductId;

        await PublishAsync(new StockRejected(order, [new RejectedLine(scarce, 2, StockRejectionReasons.InsufficientStock, 1)]));

        var view = await StatusAsync(alice, order, "Rejected");
        Assert.Contains($"{scarce}: insufficient-stock (1 available)", view.History[^1].Reason, StringComparison.Ordinal);
        Assert.Empty(SagaObserver.Of<PriceOrder>(order));
        Assert.Null(await app.QueryAsync(db => db.Orders.Where(o => o.Id == order).Select(o => o.PaymentToken).SingleAsync()));
    }

    [Fact]
    public async Task An_order_is_Rejected_and_its_stock_released_when_billing_answers_pricing_failed()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await ReservedOrderAsync(alice);

        await PublishAsync(new OrderPricingFailed(order, "Discount code WELCOME10 has expired", DateTimeOffset.UtcNow));

        var view = await StatusAsync(alice, order, "Rejected");
        Assert.Contains("WELCOME10 has expired", view.History[^1].Reason, StringComparison.Ordinal);
        Assert.Contains("WELCOME10 has expired", (await OneAsync<OrderCancelled>(order)).Reason, StringComparison.Ordinal);
        Assert.Empty(SagaObserver.Of<ChargePayment>(order));
    }

    [Fact]
    public async Task An_order_ends_PaymentFailed_and_forgets_its_token_when_payments_answers_failed()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await PricedOrderAsync(alice);

        await PublishAsync(new PaymentFailed(order, "card declined", DateTimeOffset.UtcNow));

        var view = await StatusAsync(alice, order, "PaymentFailed");
        Assert.Contains("card declined", view.History[^1].Reason, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Orders.Where(o => o.Id == order).Select(o => o.PaymentToken).SingleAsync()));
        Assert.Empty(SagaObserver.Of<OrderPaid>(order));
    }

    [Fact]
    public async Task An_unpaid_order_is_Cancelled_when_stockcheck_answers_reservation_expired_and_a_late_payment_is_refunded()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await PricedOrderAsync(alice);

        await PublishAsync(new ReservationExpired(order, DateTimeOffset.UtcNow));
        await StatusAsync(alice, order, "Cancelled");

        await PublishAsync(new PaymentSucceeded(order, Guid.NewGuid(), "test", 2_380, "EUR", DateTimeOffset.UtcNow));
        var refund = await OneAsync<RefundPayment>(order);
        Assert.Equal((2_380L, "EUR"), (refund.AmountMinor, refund.Currency));
        Assert.Empty(SagaObserver.Of<OrderPaid>(order));
        Assert.Equal("Cancelled", (await alice.OrderAsync(order)).Status);

        await PublishAsync(new PaymentRefunded(order, Guid.NewGuid(), Guid.NewGuid(), 2_380, "EUR", refund.Reason, DateTimeOffset.UtcNow));
        await StatusAsync(alice, order, "Refunded");
    }

    [Fact]
    public async Task A_paid_order_stays_Paid_when_stockcheck_answers_reservation_expired()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await PaidOrderAsync(alice);

        await ProcessedAsync(await PublishAsync(new ReservationExpired(order, DateTimeOffset.UtcNow)));

        Assert.Equal("Paid", (await alice.OrderAsync(order)).Status);
        Assert.Equal(0, await OutboxCountAsync(nameof(RefundPayment), order));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_releases_and_refunds_it_and_it_is_Refunded_when_payments_answers_refunded()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await PaidOrderAsync(alice);

        using var cancel = await alice.PostAsync($"api/orders/{order}/cancel");
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Cancelled by the customer", (await OneAsync<OrderCancelled>(order)).Reason);
        var refund = await OneAsync<RefundPayment>(order);
        Assert.Equal((2_380L, "EUR"), (refund.AmountMinor, refund.Currency));
        Assert.True((await alice.OrderAsync(order)).RefundPending);

        await PublishAsync(new PaymentRefunded(order, Guid.NewGuid(), Guid.NewGuid(), 2_380, "EUR", refund.Reason, DateTimeOffset.UtcNow));
        var view = await StatusAsync(alice, order, "Refunded");
        Assert.False(view.RefundPending);
    }

    [Fact]
    public async Task An_order_cancelled_before_stockcheck_answers_reserved_has_that_late_reservation_released()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();
        var submitted = await OneAsync<OrderSubmitted>(order);
        using (var cancel = await alice.PostAsync($"api/orders/{order}/cancel"))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        await ProcessedAsync(await PublishAsync(Reserved(order, submitted, DateTimeOffset.UtcNow.AddMinutes(15))));

        Assert.Equal((2, 0), (await OutboxCountAsync(nameof(OrderCancelled), order), await OutboxCountAsync(nameof(PriceOrder), order)));
        Assert.Equal("Cancelled", (await alice.OrderAsync(order)).Status);
    }

    [Fact]
    public async Task An_admin_ships_delivers_and_refunds_and_a_refused_refund_is_recorded_when_payments_answers_refund_failed()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var order = await PaidOrderAsync(alice);

        using (var shipped = await admin.PostAsync($"api/orders/admin/{order}/ship", new { trackingNumber = "1Z999AA10123456784" }))
        {
            Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        }

        var shippedChange = (await StatusChangesAsync(order, 5)).Single(c => c.Status == "Shipped");
        Assert.Equal("1Z999AA10123456784", shippedChange.TrackingNumber);
        using (var cancel = await alice.PostAsync($"api/orders/{order}/cancel"))
        {
            await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.Conflict, K8sShop.ServiceDefaults.Errors.ProblemTypes.Base + "order-transition-not-allowed");
        }

        using (var delivered = await admin.PostAsync($"api/orders/admin/{order}/deliver"))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        using (var refund = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "arrived broken" }))
        {
            Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        }

        using (var twice = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "arrived broken" }))
        {
            await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict, K8sShop.ServiceDefaults.Errors.ProblemTypes.Base + "order-transition-not-allowed");
        }

        Assert.Equal("arrived broken", (await OneAsync<RefundPayment>(order)).Reason);
        await PublishAsync(new RefundFailed(order, "provider unavailable", DateTimeOffset.UtcNow));
        var view = await Eventually.ReachesAsync(() => alice.OrderAsync(order), v => v.History[^1].Reason?.Contains("provider unavailable", StringComparison.Ordinal) == true, Patience);
        Assert.Equal(("Delivered", false), (view.Status, view.RefundPending));
        Assert.Contains("provider unavailable", view.History[^1].Reason, StringComparison.Ordinal);

        using (var retry = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "arrived broken" }))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        await PublishAsync(new PaymentRefunded(order, Guid.NewGuid(), Guid.NewGuid(), 2_380, "EUR", "arrived broken", DateTimeOffset.UtcNow));
        await StatusAsync(alice, order, "Refunded");
    }

    [Fact]
    public async Task A_paid_order_refunded_in_two_parts_is_Refunded_only_once_payments_answers_refunded_for_the_whole_total()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var order = await PaidOrderAsync(alice);

        using (var part = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "one mug broken", amountMinor = 1_000 }))
        {
            Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        }

        var first = await OneAsync<RefundPayment>(order);
        Assert.Equal((1_000L, "EUR"), (first.AmountMinor, first.Currency));
        Assert.NotNull(first.RefundRequestId);
        await PublishAsync(new PaymentRefunded(order, Guid.NewGuid(), Guid.NewGuid(), 1_000, "EUR", first.Reason, DateTimeOffset.UtcNow, first.RefundRequestId));
        var partly = await Eventually.ReachesAsync(() => alice.OrderAsync(order), v => v.RefundedMinor == 1_000, Patience);
        Assert.Equal(("Paid", false), (partly.Status, partly.RefundPending));
        Assert.Contains("Partly refunded", partly.History[^1].Reason, StringComparison.Ordinal);

        // Without an amount, an admin refund gives back all that is left.
        using (var rest = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "all of it after all" }))
        {
            Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        }

        var second = await Eventually.ReachesAsync(() => Task.FromResult(SagaObserver.Of<RefundPayment>(order)), m => m.Count >= 2, Patience);
        var last = second.Single(r => r.RefundRequestId != first.RefundRequestId);
        Assert.Equal(1_380L, last.AmountMinor);
        await PublishAsync(new PaymentRefunded(order, Guid.NewGuid(), Guid.NewGuid(), 1_380, "EUR", last.Reason, DateTimeOffset.UtcNow, last.RefundRequestId));
        var refunded = await StatusAsync(alice, order, "Refunded");
        Assert.Equal(2_380L, refunded.RefundedMinor);
    }

    [Fact]
    public async Task A_refund_larger_than_what_is_left_of_the_payment_is_refused_with_a_problem_and_payments_is_not_asked()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var order = await PaidOrderAsync(alice);

        using (var tooMuch = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "generous", amountMinor = 2_381 }))
        {
            var problem = await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.UnprocessableEntity, K8sShop.ServiceDefaults.Errors.ProblemTypes.Base + "refund-exceeds-payment");
            Assert.Equal(2_380L, problem.GetProperty("refundableMinor").GetInt64());
        }

        foreach (var amount in new[] { 0L, -5L })
        {
            using var invalid = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "nothing", amountMinor = amount });
            await ProblemAssert.HasFieldErrorAsync(invalid, "amountMinor");
        }

        using (var customer = await alice.PostAsync($"api/orders/admin/{order}/refund", new { amountMinor = 100 }))
        {
            await ProblemAssert.IsProblemAsync(customer, HttpStatusCode.Forbidden);
        }

        Assert.Equal(0, await OutboxCountAsync(nameof(RefundPayment), order));
        Assert.Equal(0L, (await alice.OrderAsync(order)).RefundedMinor);
    }

    [Fact]
    public async Task Every_answer_the_other_services_would_send_delivered_twice_moves_the_order_once_and_charges_once()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();
        var submitted = await OneAsync<OrderSubmitted>(order);
        var payment = Guid.NewGuid();

        // Each answer twice with one message id (a broker redelivery) and once more with a new id (a sender that re-sent it).
        var reserved = await TwiceAndAgainAsync(Reserved(order, submitted, DateTimeOffset.UtcNow.AddMinutes(15)));
        await OneAsync<PriceOrder>(order);
        var priced = await TwiceAndAgainAsync(Priced(order));
        await OneAsync<ChargePayment>(order);
        var succeeded = await TwiceAndAgainAsync(new PaymentSucceeded(order, payment, "test", 2_380, "EUR", DateTimeOffset.UtcNow));
        await OneAsync<OrderPaid>(order);

        // Every copy consumed; what orders sends is counted at its source, the outbox.
        await ProcessedAsync([.. reserved, .. priced, .. succeeded]);
        Assert.Equal(
            (1, 1, 1, 0, 4),
            (await OutboxCountAsync(nameof(PriceOrder), order), await OutboxCountAsync(nameof(ChargePayment), order), await OutboxCountAsync(nameof(OrderPaid), order),
             await OutboxCountAsync(nameof(RefundPayment), order), await OutboxCountAsync(nameof(OrderStatusChanged), order)));
        var view = await alice.OrderAsync(order);
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid"], view.History.Select(h => h.Status));
        Assert.Equal(4, view.Version);
    }

    private async Task<Guid> ReservedOrderAsync(Shopper shopper)
    {
        var order = await shopper.PlaceAsync();
        await PublishAsync(Reserved(order, await OneAsync<OrderSubmitted>(order), DateTimeOffset.UtcNow.AddMinutes(15)));
        await OneAsync<PriceOrder>(order);
        return order;
    }

    private async Task<Guid> PricedOrderAsync(Shopper shopper)
    {
        var order = await ReservedOrderAsync(shopper);
        await PublishAsync(Priced(order));
        await OneAsync<ChargePayment>(order);
        return order;
    }

    private async Task<Guid> PaidOrderAsync(Shopper shopper)
    {
        var order = await PricedOrderAsync(shopper);
        await PublishAsync(new PaymentSucceeded(order, Guid.NewGuid(), "test", 2_380, "EUR", DateTimeOffset.UtcNow));
        await OneAsync<OrderPaid>(order);
        await StatusAsync(shopper, order, "Paid");
        return order;
    }

    private static StockReserved Reserved(Guid order, OrderSubmitted submitted, DateTimeOffset expires) =>
        new(order, submitted.Lines.Select((l, i) => new ReservedLine(l.ProductId, $"SKU-{i}", i == 0 ? "Mug" : "Tea", l.Quantity, 1_000 / l.Quantity, "EUR", "standard")).ToList(), expires);

    private static OrderPriced Priced(Guid order) => new(order, 2_000, 0, 0, 380, 2_380, "EUR", ["WELCOME10"], DateTimeOffset.UtcNow);

    /// <summary>Publishes as the other service would; returns the message id.</summary>
    private async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        await app.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
        return id;
    }

    /// <returns>The two message ids used.</returns>
    private async Task<Guid[]> TwiceAndAgainAsync<T>(T message)
        where T : class
    {
        var id = await PublishAsync(message);
        await PublishAsync(message, id);
        return [id, await PublishAsync(message)];
    }

    /// <summary>Waits until orders' consumers recorded every one of these message ids in their inbox.</summary>
    private async Task ProcessedAsync(params Guid[] messageIds)
    {
        var done = await Eventually.ReachesAsync(
            () => app.QueryAsync(db => db.ProcessedMessages.CountAsync(p => messageIds.Contains(p.MessageId))), n => n >= messageIds.Length, Patience);
        Assert.Equal(messageIds.Length, done);
    }

    private Task<int> OutboxCountAsync(string messageType, Guid order) =>
        app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("." + messageType + ",") && m.Body.Contains(order.ToString())));

    private static async Task<T> OneAsync<T>(Guid order)
    {
        var seen = await Eventually.ReachesAsync(() => Task.FromResult(SagaObserver.Of<T>(order)), m => m.Count > 0, Patience);
        return Assert.Single(seen);
    }

    private static async Task<IReadOnlyList<OrderStatusChanged>> StatusChangesAsync(Guid order, int atLeast) =>
        await Eventually.ReachesAsync(() => Task.FromResult(SagaObserver.Of<OrderStatusChanged>(order)), m => m.Count >= atLeast, Patience);

    private static async Task<OrderView> StatusAsync(Shopper shopper, Guid order, string status)
    {
        var view = await Eventually.ReachesAsync(() => shopper.OrderAsync(order), v => v.Status == status, Patience);
        Assert.Equal(status, view.Status);
        return view;
    }
}
