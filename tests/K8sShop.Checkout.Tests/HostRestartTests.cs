using System.Net.Http.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Inventory.Stock;
using K8sShop.Payments.Api;
using K8sShop.Payments.Payments;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>
/// A service host stopped in the middle of a saga and started again, as a crash or a rolling update would: the
/// step it owes waits for it in its queue on the broker, and the order still reaches its end, each effect once.
/// To stop a host at a known step, payments is held back first: the order waits at Priced with its charge queued.
/// </summary>
public sealed class HostRestartTests(CheckoutShop shop) : IClassFixture<CheckoutShop>
{
    private static readonly TimeSpan Patience = CheckoutCalls.Patience;

    [Fact]
    public async Task An_order_waits_while_payments_is_down_and_is_paid_once_it_is_back()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        await shop.Payments.StopAsync();
        try
        {
            var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_mastercard", codes: []);
            // Priced: orders has sent ChargePayment, which waits in payments' queue on the broker.
            await CheckoutCalls.StatusAsync(customer, orderId, "Priced");
            await shop.RestartAsync(shop.Payments);
            var paid = await CheckoutCalls.StatusAsync(customer, orderId, "Paid");
            Assert.Single(paid.History, h => h.Status == "Paid");
        }
        finally
        {
            await shop.RestartAsync(shop.Payments);
        }
    }

    [Fact]
    public async Task A_customer_who_cancels_while_payments_is_down_gets_the_stock_and_the_discount_back_and_keeps_no_charge()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        using var discounts = await shop.SignedInAsync(shop.Discounts, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        using var support = await shop.SignedInAsync(shop.Payments, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var discount = await CheckoutCalls.LimitedDiscountAsync(discounts);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);
        await shop.Payments.StopAsync();
        Guid orderId;
        try
        {
            orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_visa", codes: [discount.Code!]);
            // Priced: the unit is reserved, the code's use reserved, and the charge waits in payments' queue.
            await CheckoutCalls.StatusAsync(customer, orderId, "Priced");
            using (var cancelled = await customer.PostAsync(new Uri($"api/orders/{orderId}/cancel", UriKind.Relative), null))
            {
                Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
            }

            var order = await CheckoutCalls.StatusAsync(customer, orderId, "Cancelled");
            Assert.Equal(["Submitted", "StockReserved", "Priced", "Cancelled"], order.History.Select(h => h.Status).Take(4));
            var released = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.Reserved == before.Reserved, Patience);
            Assert.Equal(before.OnHand, released.OnHand);
            var uses = await Eventually.ReachesAsync(() => CheckoutCalls.DiscountAsync(discounts, discount.Id), d => d.Reserved == 0, Patience);
            Assert.Equal((0, 0), (uses.Used, uses.Reserved));
        }
        finally
        {
            await shop.RestartAsync(shop.Payments);
        }

        // The queued charge is handled once payments is back: refused, or taken and then refunded in full by the saga.
        await shop.QuietAsync(Patience);
        using (var response = await support.GetAsync(new Uri($"api/payments/orders/{orderId}", UriKind.Relative)))
        {
            if (response.IsSuccessStatusCode)
            {
                var payment = (await response.Content.ReadFromJsonAsync<PaymentView>(CheckoutCalls.Json))!;
                Assert.True(payment.Status is PaymentStatus.Failed or PaymentStatus.Refunded, $"payment of cancelled order {orderId} is {payment.Status}");
            }
            else
            {
                Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        var after = await CheckoutCalls.LevelAsync(stock, product.Id);
        Assert.Equal((before.OnHand, before.Reserved), (after.OnHand, after.Reserved));
    }

    [Fact]
    public async Task Stockcheck_stopped_after_reserving_commits_the_sold_units_once_it_is_back()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        await StoppedOncePricedAsync(
            shop.Stockcheck,
            customer,
            product.Id,
            whileDown: async orderId =>
            {
                // Paid without stockcheck; its OrderPaid waits in stockcheck's queue, so the units stay reserved, not sold.
                await CheckoutCalls.StatusAsync(customer, orderId, "Paid");
                var held = await CheckoutCalls.LevelAsync(stock, product.Id);
                Assert.Equal((before.OnHand, before.Reserved + 1), (held.OnHand, held.Reserved));
            },
            onceBack: async orderId =>
            {
                var sold = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand - 1, Patience);
                Assert.Equal((before.OnHand - 1, before.Reserved), (sold.OnHand, sold.Reserved));
                var ledger = await CheckoutCalls.LedgerAsync(stock, product.Id, orderId);
                Assert.Equal([LedgerEntryKind.Reservation, LedgerEntryKind.Sale], ledger.Select(e => e.Kind));
            });
    }

    [Fact]
    public async Task Billing_stopped_after_pricing_issues_the_invoice_with_the_next_number_once_it_is_back()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var invoices = await shop.SignedInAsync(shop.Billing, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        long total = 0;

        await StoppedOncePricedAsync(
            shop.Billing,
            customer,
            product.Id,
            // Paid while billing is down: the invoice is owed, and OrderPaid waits for billing in its queue.
            whileDown: async orderId => total = (await CheckoutCalls.StatusAsync(customer, orderId, "Paid")).Amounts!.TotalMinor,
            onceBack: async orderId =>
            {
                var invoice = Assert.Single(await CheckoutCalls.DocumentsAsync(invoices, orderId, atLeast: 1));
                Assert.Equal((InvoiceKind.Invoice, total), (invoice.Kind, invoice.TotalMinor));
                // The next number: this year's invoices, this one among them, are numbered 1..n without a gap or a repeat.
                var all = await CheckoutCalls.InvoicesAsync(invoices);
                Assert.Equal(Enumerable.Range(1, all.Count), all.Select(CheckoutCalls.SequenceOf).Order());
            });
    }

    [Fact]
    public async Task Orders_stopped_mid_saga_takes_its_order_to_Paid_once_it_is_back()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var support = await shop.SignedInAsync(shop.Payments, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        await StoppedOncePricedAsync(
            shop.Orders,
            customer,
            product.Id,
            whileDown: async orderId =>
            {
                // Payments charges while orders is down; its PaymentSucceeded waits in orders' queue.
                var payment = await Eventually.ReachesAsync(
                    async () =>
                    {
                        using var response = await support.GetAsync(new Uri($"api/payments/orders/{orderId}", UriKind.Relative));
                        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PaymentView>(CheckoutCalls.Json) : null;
                    },
                    p => p is not null && p.Status != PaymentStatus.Pending,
                    Patience);
                Assert.Equal(PaymentStatus.Succeeded, payment!.Status);
            },
            onceBack: async orderId =>
            {
                var paid = await CheckoutCalls.StatusAsync(customer, orderId, "Paid");
                Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid"], paid.History.Select(h => h.Status));
                var sold = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand - 1, Patience);
                Assert.Equal(before.Reserved, sold.Reserved);
            });
    }

    /// <summary>
    /// Holds payments back so the order stops at Priced (its ChargePayment queued), stops <paramref name="host"/>,
    /// lets payments go on and runs <paramref name="whileDown"/>; then brings the host back and runs
    /// <paramref name="onceBack"/>. Both hosts run again afterwards, whatever happened.
    /// </summary>
    private async Task StoppedOncePricedAsync(ServiceHost host, HttpClient customer, Guid product, Func<Guid, Task> whileDown, Func<Guid, Task> onceBack)
    {
        try
        {
            await shop.Payments.StopAsync();
            var orderId = await CheckoutCalls.PlaceAsync(customer, product, quantity: 1, token: "tok_visa", codes: []);
            await CheckoutCalls.StatusAsync(customer, orderId, "Priced");
            await host.StopAsync();
            await shop.RestartAsync(shop.Payments);
            await whileDown(orderId);
            await shop.RestartAsync(host);
            await onceBack(orderId);
        }
        finally
        {
            await shop.RestartAsync(shop.Payments);
            await shop.RestartAsync(host);
        }
    }
}
