using System.Net.Http.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Discounts.Admin;
using K8sShop.Inventory.Stock;
using K8sShop.Payments.Api;
using K8sShop.Payments.Payments;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>
/// Every host publishes each message twice with the same message id (<see cref="DuplicatingShop"/>), so every
/// consumer receives each of its messages twice over RabbitMQ: the saga must end exactly as without duplicates.
/// The counts are read once the broker is quiet, when no copy is still waiting or being handled.
/// </summary>
public sealed class DuplicateDeliveryTests(DuplicatingShop shop) : IClassFixture<DuplicatingShop>
{
    private static readonly TimeSpan Patience = CheckoutCalls.Patience;

    /// <summary>The services whose consumers de-duplicate through the shared inbox (payments checks its own).</summary>
    private static readonly string[] InboxServices = ["orders", "stockcheck", "billing", "discounts"];

    [Fact]
    public async Task Delivered_twice_an_order_is_reserved_charged_invoiced_and_uses_its_discount_once()
    {
        using var discards = new InboxDiscards();
        using var callers = await CallersAsync();
        var discount = await CheckoutCalls.LimitedDiscountAsync(callers.Discounts);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 2);
        var before = await CheckoutCalls.LevelAsync(callers.Stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(callers.Customer, product.Id, quantity: 2, token: "tok_visa", codes: [discount.Code!]);
        var paid = await CheckoutCalls.StatusAsync(callers.Customer, orderId, "Paid");
        Assert.Contains(discount.Code!, paid.Amounts!.AppliedDiscountCodes, StringComparer.OrdinalIgnoreCase);
        await CheckoutCalls.DocumentsAsync(callers.Billing, orderId, atLeast: 1);
        await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(callers.Stock, product.Id), l => l.OnHand == before.OnHand - 2, Patience);
        await shop.QuietAsync(Patience);

        AssertDuplicatesArrived(discards);
        var order = await CheckoutCalls.OrderAsync(callers.Customer, orderId);
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid"], order.History.Select(h => h.Status));

        var ledger = await CheckoutCalls.LedgerAsync(callers.Stock, product.Id, orderId);
        Assert.Equal([LedgerEntryKind.Reservation, LedgerEntryKind.Sale], ledger.Select(e => e.Kind));
        var level = await CheckoutCalls.LevelAsync(callers.Stock, product.Id);
        Assert.Equal((before.OnHand - 2, before.Reserved), (level.OnHand, level.Reserved));

        var payment = await PaymentAsync(callers.Payments, orderId);
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.Equal(paid.Amounts.TotalMinor, payment.AmountMinor);
        AssertOneIdempotencyKey(payment, "charge");

        var invoice = Assert.Single(await CheckoutCalls.DocumentsAsync(callers.Billing, orderId, atLeast: 1));
        Assert.Equal((InvoiceKind.Invoice, paid.Amounts.TotalMinor), (invoice.Kind, invoice.TotalMinor));

        var uses = await CheckoutCalls.DiscountAsync(callers.Discounts, discount.Id);
        Assert.Equal((1, 0), (uses.Used, uses.Reserved));
    }

    [Fact]
    public async Task Delivered_twice_a_paid_order_cancelled_is_refunded_credited_restocked_and_given_its_discount_back_once()
    {
        using var discards = new InboxDiscards();
        using var callers = await CallersAsync();
        var discount = await CheckoutCalls.LimitedDiscountAsync(callers.Discounts);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(callers.Stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(callers.Customer, product.Id, quantity: 1, token: "tok_visa", codes: [discount.Code!]);
        var paid = await CheckoutCalls.StatusAsync(callers.Customer, orderId, "Paid");
        await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(callers.Stock, product.Id), l => l.OnHand == before.OnHand - 1, Patience);
        using (var cancelled = await callers.Customer.PostAsync(new Uri($"api/orders/{orderId}/cancel", UriKind.Relative), null))
        {
            Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        }

        await CheckoutCalls.StatusAsync(callers.Customer, orderId, "Refunded");
        await CheckoutCalls.DocumentsAsync(callers.Billing, orderId, atLeast: 2);
        await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(callers.Stock, product.Id), l => l.OnHand == before.OnHand, Patience);
        await shop.QuietAsync(Patience);

        AssertDuplicatesArrived(discards);
        var order = await CheckoutCalls.OrderAsync(callers.Customer, orderId);
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid", "Cancelled", "Refunded"], order.History.Select(h => h.Status));

        var ledger = await CheckoutCalls.LedgerAsync(callers.Stock, product.Id, orderId);
        Assert.Equal([LedgerEntryKind.Reservation, LedgerEntryKind.Sale, LedgerEntryKind.Return], ledger.Select(e => e.Kind));
        var level = await CheckoutCalls.LevelAsync(callers.Stock, product.Id);
        Assert.Equal((before.OnHand, before.Reserved), (level.OnHand, level.Reserved));

        var payment = await PaymentAsync(callers.Payments, orderId);
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        AssertOneIdempotencyKey(payment, "charge");
        AssertOneIdempotencyKey(payment, "refund");

        var documents = await CheckoutCalls.DocumentsAsync(callers.Billing, orderId, atLeast: 2);
        Assert.Equal([InvoiceKind.Invoice, InvoiceKind.CreditNote], documents.Select(d => d.Kind).Order());
        Assert.Equal(paid.Amounts!.TotalMinor, Math.Abs(Assert.Single(documents, d => d.Kind == InvoiceKind.CreditNote).TotalMinor));

        var uses = await CheckoutCalls.DiscountAsync(callers.Discounts, discount.Id);
        Assert.Equal((0, 0), (uses.Used, uses.Reserved));
    }

    private void AssertDuplicatesArrived(InboxDiscards discards)
    {
        Assert.True(shop.CopiesPublished > 0, "no host published a copy");
        Assert.All(InboxServices, service => Assert.True(discards.Of(service) > 0, $"{service} discarded no duplicate; discarded: {discards}"));
    }

    /// <summary>Every provider call of one kind used the payment's one idempotency key: a repeat cannot charge or refund twice.</summary>
    private static void AssertOneIdempotencyKey(PaymentView payment, string operation)
    {
        var calls = payment.Attempts.Where(a => a.Operation == operation).ToList();
        Assert.NotEmpty(calls);
        Assert.Single(calls.Select(c => c.IdempotencyKey).Distinct());
    }

    private static async Task<PaymentView> PaymentAsync(HttpClient payments, Guid orderId) =>
        (await payments.GetFromJsonAsync<PaymentView>($"api/payments/orders/{orderId}", CheckoutCalls.Json))!;

    private async Task<Callers> CallersAsync() => new(
        await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword),
        await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword),
        await shop.SignedInAsync(shop.Billing, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword),
        await shop.SignedInAsync(shop.Payments, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword),
        await shop.SignedInAsync(shop.Discounts, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword));

    private sealed record Callers(HttpClient Customer, HttpClient Stock, HttpClient Billing, HttpClient Payments, HttpClient Discounts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var client in new[] { Customer, Stock, Billing, Payments, Discounts })
            {
                client.Dispose();
            }
        }
    }
}
