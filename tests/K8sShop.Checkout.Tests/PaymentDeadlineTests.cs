using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Inventory.Catalog;
using K8sShop.Orders.Tracking;
using K8sShop.Payments.Api;
using K8sShop.Payments.Payments;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>The payment deadline is the reservation's expiry: past it nothing is charged and the stock is back on sale.</summary>
public sealed class PaymentDeadlineTests(ShortReservationShop shop) : IClassFixture<ShortReservationShop>
{
    private static readonly JsonSerializerOptions Json = CheckoutCalls.Json;
    private static readonly TimeSpan Patience = CheckoutCalls.Patience;

    [Fact]
    public async Task An_order_whose_reservation_expires_before_payment_is_cancelled_and_never_charged()
    {
        using var customer = await shop.SignedInAsync(shop.Orders, CheckoutShop.CustomerEmail, CheckoutShop.CustomerPassword);
        using var stock = await shop.SignedInAsync(shop.Inventory, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        using var support = await shop.SignedInAsync(shop.Payments, "admin@demo.k8sshop.io", CheckoutShop.AdminPassword);
        using var catalog = new HttpClient { BaseAddress = shop.Inventory.Address };
        var page = await Eventually.ReachesAsync(
            async () => (await catalog.GetFromJsonAsync<ProductPage>("api/catalog/products?inStock=true&pageSize=10", Json))!,
            p => p.Items.Count > 0,
            Patience);
        var product = page.Items[0];
        var before = await CheckoutCalls.LevelAsync(stock, product.Id);

        await shop.Payments.StopAsync();
        Guid orderId;
        try
        {
            orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_visa", codes: []);
            // Priced, its charge waiting for payments; then its deadline (the reservation's expiry) passes.
            var priced = await CheckoutCalls.StatusAsync(customer, orderId, "Priced");
            var deadline = priced.PaymentDeadline!.Value;
            await Eventually.ReachesAsync(() => Task.FromResult(DateTimeOffset.UtcNow), now => now > deadline, Patience);

            await shop.Stockcheck.StopAsync();
            await shop.RestartAsync(shop.Stockcheck, ShortReservationShop.ScanningEverySecond);
            var cancelled = await CheckoutCalls.StatusAsync(customer, orderId, "Cancelled");
            Assert.Equal(["Submitted", "StockReserved", "Priced", "Cancelled"], cancelled.History.Select(h => h.Status));
            await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.Reserved == before.Reserved, Patience);
        }
        finally
        {
            await shop.RestartAsync(shop.Payments);
            await shop.RestartAsync(shop.Stockcheck);
        }

        // Payments now reads the ChargePayment that waited for it, past its deadline: it refuses without charging.
        var payment = await Eventually.ReachesAsync(
            async () =>
            {
                using var response = await support.GetAsync(new Uri($"api/payments/orders/{orderId}", UriKind.Relative));
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PaymentView>(Json) : null;
            },
            p => p is not null && p.Status != PaymentStatus.Pending,
            Patience);
        Assert.Equal(PaymentStatus.Failed, payment!.Status);
        Assert.Equal("payment deadline passed", payment.FailureReason);
        Assert.Empty(payment.Attempts);
        var order = (await customer.GetFromJsonAsync<OrderView>($"api/orders/{orderId}", Json))!;
        Assert.Equal("Cancelled", order.Status);
        Assert.DoesNotContain(order.History, h => h.Status == "Paid");
    }
}
