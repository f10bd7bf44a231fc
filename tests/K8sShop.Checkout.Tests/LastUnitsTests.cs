using System.Net.Http.Json;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Orders.Tracking;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>Many shoppers, few units: the shop sells exactly what it has, and numbers the invoices without a gap.</summary>
public sealed class LastUnitsTests(CrowdShop shop) : IClassFixture<CrowdShop>
{
    private const int Shoppers = 50;
    private const int Units = 10;

    [Fact]
    public async Task Fifty_shoppers_checking_out_the_last_ten_units_at_once_make_ten_paid_orders_and_forty_rejected()
    {
        using var stock = await shop.SignedInAsync(shop.Inventory, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        using var billing = await shop.SignedInAsync(shop.Billing, CheckoutShop.AdminEmail, CheckoutShop.AdminPassword);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: Units);
        using (var counted = await stock.PostAsJsonAsync($"api/inventory/admin/stock/{product.Id}/counts", new { countedOnHand = Units, reason = "the last ten units" }))
        {
            Assert.True(counted.IsSuccessStatusCode, await counted.Content.ReadAsStringAsync());
        }

        var shoppers = new List<HttpClient>();
        try
        {
            // Accounts are made and signed in a few at a time beforehand; only the checkouts happen at once.
            foreach (var chunk in Enumerable.Range(0, Shoppers).Chunk(5))
            {
                shoppers.AddRange(await Task.WhenAll(chunk.Select(_ => shop.NewShopperAsync(shop.Orders))));
            }

            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var placing = shoppers.Select(async shopper =>
            {
                await go.Task;
                return await CheckoutCalls.PlaceAsync(shopper, product.Id, quantity: 1, token: "tok_visa", codes: []);
            }).ToList();
            go.SetResult();
            var orderIds = await Task.WhenAll(placing);

            // One order after the other, so fifty pollers do not crowd the shop they wait for.
            var orders = new List<OrderView>();
            for (var i = 0; i < Shoppers; i++)
            {
                orders.Add(await CheckoutCalls.SettledAsync(shoppers[i], orderIds[i]));
            }

            var outcomes = string.Join(", ", orders.GroupBy(o => o.Status).Select(g => $"{g.Count()} {g.Key}"));
            var paid = orders.Where(o => o.Status == "Paid").ToList();
            Assert.True(paid.Count == Units, outcomes);
            Assert.True(orders.Count(o => o.Status == "Rejected") == Shoppers - Units, outcomes);
            Assert.All(orders.Where(o => o.Status == "Rejected"), o => Assert.Null(o.Amounts));

            var level = await Eventually.ReachesAsync(() => CheckoutCalls.LevelAsync(stock, product.Id), l => l.OnHand == 0 && l.Reserved == 0, CheckoutCalls.Patience);
            Assert.Equal((0, 0, 0), (level.OnHand, level.Reserved, level.Available));

            var invoices = await Eventually.ReachesAsync(() => CheckoutCalls.InvoicesAsync(billing), items => items.Count >= Units, CheckoutCalls.Patience);
            Assert.Equal(paid.Select(o => o.Id).Order(), invoices.Select(i => i.OrderId).Order());
            var numbers = invoices.Select(CheckoutCalls.SequenceOf).Order().ToList();
            Assert.Equal(Enumerable.Range(numbers[0], Units), numbers);
        }
        finally
        {
            foreach (var shopper in shoppers)
            {
                shopper.Dispose();
            }
        }
    }
}
