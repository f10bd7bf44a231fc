using System.Diagnostics;
using System.Net.Http.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>
/// Issue 5's acceptance, through the real services (users, orders, inventory, stockcheck, billing, discounts,
/// payments with its built-in test provider), each its own host, over real MariaDB and RabbitMQ.
/// </summary>
public sealed class CheckoutAcrossServicesTests(CheckoutShop shop) : IClassFixture<CheckoutShop>
{
    private static readonly TimeSpan Patience = CheckoutCalls.Patience;

    /// <summary>The hosts an order's trace runs through, by their <c>k8sshop.service</c> tag.</summary>
    private static readonly string[] TracedServices = ["gateway", "orders", "stockcheck", "inventory", "discounts", "billing", "payments"];

    [Fact]
    public async Task An_order_with_a_discount_code_is_reserved_priced_with_VAT_paid_invoiced_committed_shipped_and_delivered_in_one_trace()
    {
        // The shopper and the admin use the public entrance, as the web app does.
        using var customer = await shop.SignedInAsync(shop.Gateway, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var admin = await shop.SignedInAsync(shop.Gateway, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 2);
        var before = await CheckoutCalls.LevelAsync(admin, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 2, token: "tok_visa", codes: ["WELCOME10"]);
        var paid = await CheckoutCalls.StatusAsync(customer, orderId, "Paid");

        var amounts = paid.Amounts!;
        Assert.Equal(2 * product.PriceMinor, amounts.SubtotalMinor);
        Assert.True(amounts.DiscountMinor > 0, "WELCOME10 took nothing off");
        Assert.True(amounts.TaxMinor > 0, "no VAT on a French order");
        Assert.Equal(amounts.SubtotalMinor - amounts.DiscountMinor + amounts.ShippingMinor + amounts.TaxMinor, amounts.TotalMinor);
        Assert.Contains("WELCOME10", amounts.AppliedDiscountCodes, StringComparer.OrdinalIgnoreCase);

        var issued = Assert.Single(await CheckoutCalls.DocumentsAsync(customer, orderId, atLeast: 1));
        Assert.Equal(amounts.TotalMinor, issued.TotalMinor);
        Assert.Matches(@"^\d{4}-\d{6}$", issued.Number);

        var committed = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(admin, product.Id), l => l.OnHand == before.OnHand - 2, Patience);
        Assert.Equal(before.Reserved, committed.Reserved);

        await AssertOneTraceAsync(orderId);

        using (var shipped = await admin.PostAsJsonAsync($"api/orders/admin/{orderId}/ship", new { trackingNumber = "TRK-4711" }))
        {
            Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        }

        using (var delivered = await admin.PostAsync(new Uri($"api/orders/admin/{orderId}/deliver", UriKind.Relative), null))
        {
            Assert.True(delivered.IsSuccessStatusCode, await delivered.Content.ReadAsStringAsync());
        }

        var done = await CheckoutCalls.StatusAsync(customer, orderId, "Delivered");
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid", "Shipped", "Delivered"], done.History.Select(h => h.Status));
        Assert.Equal("TRK-4711", done.TrackingNumber);
    }

    [Fact]
    public async Task A_declined_card_ends_in_PaymentFailed_with_the_stock_back_on_sale()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_chargeDeclined", codes: []);
        var failed = await CheckoutCalls.StatusAsync(customer, orderId, "PaymentFailed");

        Assert.Contains("declined", failed.History[^1].Reason ?? "", StringComparison.OrdinalIgnoreCase);
        var after = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.Reserved == before.Reserved, Patience);
        Assert.Equal(before.OnHand, after.OnHand);
    }

    [Fact]
    public async Task An_order_of_more_than_is_in_stock_is_rejected_and_reserves_nothing()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        // Few units left, so one more than that stays within the per-line maximum and fails on stock alone.
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1, fewerThan: 15);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: product.Available + 1, token: "tok_visa", codes: []);
        var rejected = await CheckoutCalls.StatusAsync(customer, orderId, "Rejected");
        Assert.Null(rejected.Amounts);
    }

    [Fact]
    public async Task A_paid_order_cancelled_before_shipping_is_refunded_with_a_credit_note_and_its_units_back_on_hand()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var invoices = await shop.SignedInAsync(shop.Billing, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_visa", codes: []);
        var paid = await CheckoutCalls.StatusAsync(customer, orderId, "Paid");
        await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand - 1, Patience);

        using (var cancelled = await customer.PostAsync(new Uri($"api/orders/{orderId}/cancel", UriKind.Relative), null))
        {
            Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        }

        await CheckoutCalls.StatusAsync(customer, orderId, "Refunded");
        var documents = await CheckoutCalls.DocumentsAsync(invoices, orderId, atLeast: 2);
        var creditNote = Assert.Single(documents, d => d.Kind == InvoiceKind.CreditNote);
        Assert.Equal(paid.Amounts!.TotalMinor, Math.Abs(creditNote.TotalMinor));
        var after = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand, Patience);
        Assert.Equal(before.Reserved, after.Reserved);
    }

    /// <summary>
    /// The order's trace is the one orders wrote its <see cref="OrderSubmitted"/> in (the outbox keeps the writer's
    /// trace context); it must start at the gateway and hold spans of every service the saga went through.
    /// </summary>
    private async Task AssertOneTraceAsync(Guid orderId)
    {
        var trace = await SubmittedInTraceAsync(orderId);
        var spans = await Eventually.ReachesAsync(
            () => Task.FromResult(shop.Spans.InTrace(trace)),
            s => TracedServices.All(name => s.Any(span => SpanLog.ServiceOf(span) == name)),
            Patience);

        var seen = spans.Select(SpanLog.ServiceOf).OfType<string>().Distinct().Order().ToList();
        Assert.True(TracedServices.All(seen.Contains), $"trace {trace} of order {orderId} has spans of {string.Join(", ", seen)} only");
        var root = Assert.Single(spans, span => span.ParentSpanId == default);
        Assert.Equal(ActivityKind.Server, root.Kind);
        Assert.Equal("gateway", SpanLog.ServiceOf(root));
        Assert.Equal("POST", root.GetTagItem("http.request.method"));
    }

    private async Task<ActivityTraceId> SubmittedInTraceAsync(Guid orderId)
    {
        await using var scope = shop.Orders.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var type = MessageTypes.NameOf(typeof(OrderSubmitted));
        var id = orderId.ToString();
        var submitted = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageType == type && m.Body.Contains(id));
        Assert.True(ActivityContext.TryParse(submitted.TraceParent, submitted.TraceState, out var context), $"OrderSubmitted of {orderId} carries no trace context");
        return context.TraceId;
    }
}
