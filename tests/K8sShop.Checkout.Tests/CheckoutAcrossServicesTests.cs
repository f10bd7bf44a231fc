using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using K8sShop.Orders.Tracking;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>
/// Issue 5's acceptance, through the real services (users, orders, inventory, stockcheck, billing, discounts,
/// payments with its built-in test provider), each its own host, over real MariaDB and RabbitMQ.
/// </summary>
public sealed class CheckoutAcrossServicesTests(CheckoutShop shop) : IClassFixture<CheckoutShop>
{
    private static readonly JsonSerializerOptions Json = CheckoutCalls.Json;
    private static readonly TimeSpan Patience = CheckoutCalls.Patience;

    [Fact]
    public async Task An_order_with_a_discount_code_is_reserved_priced_with_VAT_paid_invoiced_committed_shipped_and_delivered()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var admin = await shop.SignedInAsync(shop.Orders, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        using var invoices = await shop.SignedInAsync(shop.Billing, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        var product = await InStockProductAsync(minimum: 2);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 2, token: "tok_visa", codes: ["WELCOME10"]);
        var paid = await StatusAsync(customer, orderId, "Paid");

        var amounts = paid.Amounts!;
        Assert.Equal(2 * product.PriceMinor, amounts.SubtotalMinor);
        Assert.True(amounts.DiscountMinor > 0, "WELCOME10 took nothing off");
        Assert.True(amounts.TaxMinor > 0, "no VAT on a French order");
        Assert.Equal(amounts.SubtotalMinor - amounts.DiscountMinor + amounts.ShippingMinor + amounts.TaxMinor, amounts.TotalMinor);
        Assert.Contains("WELCOME10", amounts.AppliedDiscountCodes, StringComparer.OrdinalIgnoreCase);

        var invoice = await Eventually.ReachesAsync(
            async () => (await invoices.GetFromJsonAsync<InvoicePage>($"api/billing/invoices?orderId={orderId}", Json))!.Items,
            items => items.Count > 0,
            Patience);
        var issued = Assert.Single(invoice);
        Assert.Equal(amounts.TotalMinor, issued.TotalMinor);
        Assert.Matches(@"^\d{4}-\d{6}$", issued.Number);

        var committed = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand - 2, Patience);
        Assert.Equal(before.Reserved, committed.Reserved);

        using (var shipped = await admin.PostAsJsonAsync($"api/orders/admin/{orderId}/ship", new { trackingNumber = "TRK-4711" }))
        {
            Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        }

        using (var delivered = await admin.PostAsync(new Uri($"api/orders/admin/{orderId}/deliver", UriKind.Relative), null))
        {
            Assert.True(delivered.IsSuccessStatusCode, await delivered.Content.ReadAsStringAsync());
        }

        var done = await StatusAsync(customer, orderId, "Delivered");
        Assert.Equal(["Submitted", "StockReserved", "Priced", "Paid", "Shipped", "Delivered"], done.History.Select(h => h.Status));
        Assert.Equal("TRK-4711", done.TrackingNumber);
    }

    [Fact]
    public async Task A_declined_card_ends_in_PaymentFailed_with_the_stock_back_on_sale()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        var product = await InStockProductAsync(minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_chargeDeclined", codes: []);
        var failed = await StatusAsync(customer, orderId, "PaymentFailed");

        Assert.Contains("declined", failed.History[^1].Reason ?? "", StringComparison.OrdinalIgnoreCase);
        var after = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.Reserved == before.Reserved, Patience);
        Assert.Equal(before.OnHand, after.OnHand);
    }

    [Fact]
    public async Task An_order_of_more_than_is_in_stock_is_rejected_and_reserves_nothing()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        // Few units left, so one more than that stays within the per-line maximum and fails on stock alone.
        var product = await InStockProductAsync(minimum: 1, fewerThan: 15);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: product.Available + 1, token: "tok_visa", codes: []);
        var rejected = await StatusAsync(customer, orderId, "Rejected");
        Assert.Null(rejected.Amounts);
    }

    [Fact]
    public async Task A_paid_order_cancelled_before_shipping_is_refunded_with_a_credit_note_and_its_units_back_on_hand()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var invoices = await shop.SignedInAsync(shop.Billing, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        var product = await InStockProductAsync(minimum: 1);
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_visa", codes: []);
        var paid = await StatusAsync(customer, orderId, "Paid");
        await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand - 1, Patience);

        using (var cancelled = await customer.PostAsync(new Uri($"api/orders/{orderId}/cancel", UriKind.Relative), null))
        {
            Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        }

        await StatusAsync(customer, orderId, "Refunded");
        var documents = await Eventually.ReachesAsync(
            async () => (await invoices.GetFromJsonAsync<InvoicePage>($"api/billing/invoices?orderId={orderId}", Json))!.Items,
            items => items.Count >= 2,
            Patience);
        var creditNote = Assert.Single(documents, d => d.Kind == InvoiceKind.CreditNote);
        Assert.Equal(paid.Amounts!.TotalMinor, Math.Abs(creditNote.TotalMinor));
        var after = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == before.OnHand, Patience);
        Assert.Equal(before.Reserved, after.Reserved);
    }

    [Fact]
    public async Task An_order_waits_while_payments_is_down_and_is_paid_once_it_is_back()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        var product = await InStockProductAsync(minimum: 1);
        await shop.Payments.StopAsync();
        try
        {
            var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_mastercard", codes: []);
            // Priced: orders has sent ChargePayment, which waits in payments' queue on the broker.
            await StatusAsync(customer, orderId, "Priced");
            await shop.RestartAsync(shop.Payments);
            var paid = await StatusAsync(customer, orderId, "Paid");
            Assert.Single(paid.History, h => h.Status == "Paid");
        }
        finally
        {
            await shop.RestartAsync(shop.Payments);
        }
    }

    private Task<ProductSummary> InStockProductAsync(int minimum, int fewerThan = int.MaxValue) =>
        CheckoutCalls.InStockProductAsync(shop.Inventory.Address, minimum, fewerThan);

    private static async Task<OrderView> StatusAsync(HttpClient customer, Guid orderId, string status)
    {
        var order = await Eventually.ReachesAsync(
            async () => (await customer.GetFromJsonAsync<OrderView>($"api/orders/{orderId}", Json))!,
            o => o.Status == status || (IsTerminal(o.Status) && !o.RefundPending),
            Patience);
        Assert.True(order.Status == status, $"order {orderId} is {order.Status}, not {status}: {string.Join(" → ", order.History.Select(h => $"{h.Status} ({h.Reason})"))}");
        return order;
    }

    private static bool IsTerminal(string status) => status is "Rejected" or "PaymentFailed" or "Cancelled" or "Refunded" or "Delivered";
}
