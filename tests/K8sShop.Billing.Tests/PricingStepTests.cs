using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Orders;
using K8sShop.Billing.Tests.Hosting;
using K8sShop.Contracts;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>
/// Billing's saga steps over real RabbitMQ and MariaDB: PriceOrder → OrderPriced / OrderPricingFailed,
/// OrderPaid → invoice, PaymentRefunded → credit note. Inventory and discounts are stubbed (see StubbedNeighbours).
/// </summary>
public sealed class PricingStepTests(BillingApp app) : IClassFixture<BillingApp>
{
    // Mug: 2 × 12.50 at 20 %, tea: 4 × 4.99 at 5.5 %; subtotal 44.96 (see Expected below).
    private static IReadOnlyList<K8sShop.Contracts.Stock.ReservedLine> Cart(Guid mug, Guid tea) =>
        [Checkout.Line(mug, "Mug", 2, 1_250), Checkout.Line(tea, "Tea", 4, 499, "reduced")];

    [Fact]
    public async Task A_priced_order_is_answered_with_its_amounts_and_the_breakdown_is_kept_with_discounts_stubbed()
    {
        var tenPercent = app.Neighbours.AddCode(new(OrderPercent: 10));
        var customer = Guid.NewGuid();
        var order = Checkout.Order(customer, Cart(Guid.NewGuid(), Guid.NewGuid()), [tenPercent]);

        await app.PublishAsync(order);

        var priced = await Checkout.AnswerAsync<OrderPriced>(order.OrderId);
        // 10 % of 44.96 = 4.49, spread 2.50 / 1.99; VAT 20 % of 22.50 = 4.50, 5.5 % of 17.97 = 0.99 (half-even);
        // 40.47 is under the free-shipping threshold: 4.90 shipping + 0.98 VAT.
        Assert.Equal((4_496L, 449L, 490L, 450L + 99 + 98, 5_184L, "EUR"), (priced.SubtotalMinor, priced.DiscountMinor, priced.ShippingMinor, priced.TaxMinor, priced.TotalMinor, priced.Currency));
        Assert.Equal([tenPercent], priced.AppliedDiscountCodes);

        var kept = await app.QueryAsync(db => db.PricedOrders.AsNoTracking().SingleAsync(o => o.OrderId == order.OrderId));
        Assert.Equal((PricedOrderStatus.Priced, 5_184L, customer, "FR"), (kept.Status, kept.TotalMinor, kept.CustomerId, kept.ShippingCountry));
        Assert.Contains("rue de la Paix", kept.BillingAddressJson, StringComparison.Ordinal);

        var reserved = app.Neighbours.DiscountRequests.Last(r => r["orderId"]?.GetValue<Guid>() == order.OrderId);
        Assert.Equal(customer, reserved["customerId"]!.GetValue<Guid>());
        Assert.Equal(1_250, reserved["lines"]![0]!["unitPriceMinor"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_refused_code_fails_the_order_with_a_reason_the_shopper_can_read_with_discounts_stubbed()
    {
        var expired = app.Neighbours.AddCode(new(Refused: "expired"));
        var order = Checkout.Order(null, Cart(Guid.NewGuid(), Guid.NewGuid()), [expired]);

        await app.PublishAsync(order);

        var failed = await Checkout.AnswerAsync<OrderPricingFailed>(order.OrderId);
        Assert.Equal($"The discount code '{expired}' has expired.", failed.Reason);
        Assert.Empty(SagaAnswers.Of<OrderPriced>(order.OrderId));
    }

    [Fact]
    public async Task An_order_to_a_country_the_shop_does_not_ship_to_fails_without_reserving_discounts_with_discounts_stubbed()
    {
        var order = Checkout.Order(null, Cart(Guid.NewGuid(), Guid.NewGuid()), country: "ZZ");

        await app.PublishAsync(order);

        Assert.Contains("'ZZ'", (await Checkout.AnswerAsync<OrderPricingFailed>(order.OrderId)).Reason, StringComparison.Ordinal);
        Assert.Equal(0, app.Neighbours.ReservationCallsFor(order.OrderId));
    }

    [Fact]
    public async Task An_order_without_items_fails_with_a_reason_and_keeps_that_answer()
    {
        var order = Checkout.Order(null, []);

        await app.PublishAsync(order);

        Assert.Equal("The order has no items.", (await Checkout.AnswerAsync<OrderPricingFailed>(order.OrderId)).Reason);
        var kept = await app.QueryAsync(db => db.PricedOrders.AsNoTracking().SingleAsync(o => o.OrderId == order.OrderId));
        Assert.Equal(PricedOrderStatus.Failed, kept.Status);
        Assert.Equal(0, app.Neighbours.ReservationCallsFor(order.OrderId));
    }

    [Fact]
    public async Task PriceOrder_twice_makes_one_reservation_and_one_priced_record_and_answers_alike_with_discounts_stubbed()
    {
        var order = Checkout.Order(null, Cart(Guid.NewGuid(), Guid.NewGuid()));

        await app.PublishAsync(order);
        await Checkout.AnswerAsync<OrderPriced>(order.OrderId);
        await app.PublishAsync(order); // a new message id for the same order

        await Checkout.AnswerAsync<OrderPriced>(order.OrderId, count: 2);
        var answers = SagaAnswers.Of<OrderPriced>(order.OrderId);
        Assert.Single(answers.Select(a => a.TotalMinor).Distinct());
        Assert.Equal(1, app.Neighbours.ReservationCallsFor(order.OrderId));
        Assert.Equal(1, await app.QueryAsync(db => db.PricedOrders.CountAsync(o => o.OrderId == order.OrderId)));
    }

    [Fact]
    public async Task A_discounts_outage_delays_pricing_but_does_not_fail_the_order_with_discounts_stubbed()
    {
        var order = Checkout.Order(null, Cart(Guid.NewGuid(), Guid.NewGuid()));
        app.Neighbours.FailNextDiscountCalls(5); // more than the HTTP resilience retries: the bus must redeliver

        await app.PublishAsync(order);

        var priced = await Checkout.AnswerAsync<OrderPriced>(order.OrderId);
        Assert.Equal(4_496L, priced.SubtotalMinor);
        Assert.Empty(SagaAnswers.Of<OrderPricingFailed>(order.OrderId));
    }

    [Fact]
    public async Task OrderPaid_twice_issues_one_invoice_from_the_priced_breakdown_with_discounts_stubbed()
    {
        var customer = Guid.NewGuid();
        var order = Checkout.Order(customer, Cart(Guid.NewGuid(), Guid.NewGuid()));
        await app.PublishAsync(order);
        var priced = await Checkout.AnswerAsync<OrderPriced>(order.OrderId);

        var paid = new OrderPaid(order.OrderId, Guid.NewGuid(), priced.TotalMinor, "EUR", DateTimeOffset.UtcNow);
        await Task.WhenAll(app.PublishAsync(paid), app.PublishAsync(paid));

        var issued = await Checkout.AnswerAsync<InvoiceIssued>(order.OrderId);
        var invoice = await Checkout.InvoiceAsync(app, order.OrderId, InvoiceKind.Invoice);
        Assert.Equal((invoice.Id, invoice.Number, false, customer.ToString()), (issued.InvoiceId, issued.Number, issued.IsCreditNote, issued.CustomerId));
        Assert.Equal((priced.SubtotalMinor, priced.TaxMinor, priced.TotalMinor), (invoice.SubtotalMinor, invoice.TaxMinor, invoice.TotalMinor));
        Assert.Equal("Ada Lovelace, 1 rue de la Paix, 75002 Paris, FR", invoice.BillTo);

        // Both deliveries are processed by now (one issued, one found it issued); still one invoice.
        await Eventually.ReachesAsync(() => app.QueryAsync(db => db.ProcessedMessages.CountAsync(m => m.Consumer.EndsWith(nameof(OrderPaidConsumer)))), n => n >= 2, Checkout.Patience);
        Assert.Equal(1, await app.QueryAsync(db => db.Invoices.CountAsync(i => i.OrderId == order.OrderId)));
        Assert.Single(SagaAnswers.Of<InvoiceIssued>(order.OrderId));
    }

    [Fact]
    public async Task A_refund_issues_a_credit_note_correcting_the_invoice_by_the_refunded_amount_with_discounts_stubbed()
    {
        var invoice = await Checkout.InvoicedOrderAsync(app, Guid.NewGuid(), Guid.NewGuid());

        var partial = new PaymentRefunded(invoice.OrderId, Guid.NewGuid(), Guid.NewGuid(), 1_000, "EUR", "one mug broken", DateTimeOffset.UtcNow);
        await app.PublishAsync(partial);
        await app.PublishAsync(partial); // redelivered under another id: still one credit note for this refund
        var credit = await Checkout.InvoiceAsync(app, invoice.OrderId, InvoiceKind.CreditNote);
        Assert.StartsWith("CN-", credit.Number, StringComparison.Ordinal);
        Assert.Equal((invoice.Id, 1_000L, invoice.CustomerId), (credit.CorrectsInvoiceId, credit.TotalMinor, credit.CustomerId));

        var rest = new PaymentRefunded(invoice.OrderId, Guid.NewGuid(), Guid.NewGuid(), invoice.TotalMinor - 1_000, "EUR", "order cancelled", DateTimeOffset.UtcNow);
        await app.PublishAsync(rest);
        var second = await Checkout.InvoiceAsync(app, invoice.OrderId, InvoiceKind.CreditNote, count: 2);
        Assert.Equal(invoice.TotalMinor - 1_000, second.TotalMinor);
        Assert.Equal(2, await app.QueryAsync(db => db.Invoices.CountAsync(i => i.OrderId == invoice.OrderId && i.Kind == InvoiceKind.CreditNote)));
    }

    [Fact]
    public async Task Credit_notes_never_add_up_to_more_than_the_invoice_with_discounts_stubbed()
    {
        var invoice = await Checkout.InvoicedOrderAsync(app, Guid.NewGuid(), Guid.NewGuid());

        await app.PublishAsync(new PaymentRefunded(invoice.OrderId, Guid.NewGuid(), Guid.NewGuid(), 1_000, "EUR", "one mug broken", DateTimeOffset.UtcNow));
        await Checkout.InvoiceAsync(app, invoice.OrderId, InvoiceKind.CreditNote);

        // More than is left: credited up to the invoice's total, not beyond.
        await app.PublishAsync(new PaymentRefunded(invoice.OrderId, Guid.NewGuid(), Guid.NewGuid(), invoice.TotalMinor, "EUR", "everything", DateTimeOffset.UtcNow));
        var capped = await Checkout.InvoiceAsync(app, invoice.OrderId, InvoiceKind.CreditNote, count: 2);
        Assert.Equal(invoice.TotalMinor - 1_000, capped.TotalMinor);

        // Nothing left: no third credit note.
        var third = new PaymentRefunded(invoice.OrderId, Guid.NewGuid(), Guid.NewGuid(), 500, "EUR", "once more", DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await app.Services.GetRequiredService<IBus>().Publish(third, c => c.MessageId = messageId);
        Assert.True(await Eventually.ReachesAsync(() => app.QueryAsync(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId)), done => done, Checkout.Patience));
        var credits = await app.QueryAsync(db => db.Invoices.Where(i => i.OrderId == invoice.OrderId && i.Kind == InvoiceKind.CreditNote).Select(i => i.TotalMinor).ToListAsync());
        Assert.Equal(invoice.TotalMinor, credits.Sum());
        Assert.Equal(2, credits.Count);
    }

    [Fact]
    public async Task Twenty_orders_paid_at_once_get_consecutive_invoice_numbers_with_discounts_stubbed()
    {
        var orders = Enumerable.Range(0, 20).Select(_ => Checkout.Order(Guid.NewGuid(), Cart(Guid.NewGuid(), Guid.NewGuid()))).ToList();
        await Task.WhenAll(orders.Select(o => app.PublishAsync(o)));
        var priced = await Task.WhenAll(orders.Select(o => Checkout.AnswerAsync<OrderPriced>(o.OrderId)));

        await Task.WhenAll(priced.Select(p => app.PublishAsync(new OrderPaid(p.OrderId, Guid.NewGuid(), p.TotalMinor, p.Currency, DateTimeOffset.UtcNow))));

        var invoices = await Task.WhenAll(orders.Select(o => Checkout.InvoiceAsync(app, o.OrderId, InvoiceKind.Invoice)));
        var sequences = invoices.Select(i => i.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 20), sequences);
        var all = await app.QueryAsync(db => db.Invoices.Where(i => i.Kind == InvoiceKind.Invoice).Select(i => i.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, all.Count), all);
    }
}
