using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using K8sShop.Billing.Invoicing;
using K8sShop.Discounts.Admin;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.Orders.Tracking;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>The calls every checkout scenario makes: place an order and follow it as the shopper, read stock and documents as the admin.</summary>
public static class CheckoutCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Places an order shipped to Paris; answers its id from the 202's Location.</summary>
    public static async Task<Guid> PlaceAsync(HttpClient customer, Guid product, int quantity, string token, string[] codes)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var address = new { name = "Ada Lovelace", line1 = "1 rue de Rivoli", line2 = (string?)null, postalCode = "75001", city = "Paris", country = "FR" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders")
        {
            Content = JsonContent.Create(new
            {
                lines = new[] { new { productId = product, quantity } },
                shippingAddress = address,
                billingAddress = address,
                discountCodes = codes,
                paymentToken = token,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await customer.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().TrimEnd('/').Split('/')[^1]);
    }

    public static async Task<OrderView> OrderAsync(HttpClient customer, Guid orderId)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return (await customer.GetFromJsonAsync<OrderView>($"api/orders/{orderId}", Json))!;
    }

    /// <summary>Polls the order until it has <paramref name="status"/> or ended elsewhere; fails with its history in the second case.</summary>
    public static async Task<OrderView> StatusAsync(HttpClient customer, Guid orderId, string status)
    {
        var order = await Eventually.ReachesAsync(
            () => OrderAsync(customer, orderId),
            o => o.Status == status || (IsTerminal(o.Status) && !o.RefundPending),
            Patience);
        Assert.True(order.Status == status, $"order {orderId} is {order.Status}, not {status}: {HistoryOf(order)}");
        return order;
    }

    /// <summary>Polls the order until the saga has nothing more to do on its own: paid, or ended.</summary>
    public static async Task<OrderView> SettledAsync(HttpClient customer, Guid orderId)
    {
        var order = await Eventually.ReachesAsync(
            () => OrderAsync(customer, orderId),
            o => o.Status == "Paid" || (IsTerminal(o.Status) && !o.RefundPending),
            Patience,
            every: TimeSpan.FromSeconds(1));
        Assert.True(order.Status == "Paid" || IsTerminal(order.Status), $"order {orderId} is still {order.Status}: {HistoryOf(order)}");
        return order;
    }

    public static string HistoryOf(OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return string.Join(" → ", order.History.Select(h => $"{h.Status} ({h.Reason})"));
    }

    public static async Task<StockLevelView> LevelAsync(HttpClient admin, Guid product)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return (await admin.GetFromJsonAsync<StockLevelView>($"api/inventory/admin/stock/{product}", Json))!;
    }

    /// <summary>The stock ledger's entries for one order of one product (admin).</summary>
    public static async Task<List<StockLedgerEntry>> LedgerAsync(HttpClient admin, Guid product, Guid orderId)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var entries = (await admin.GetFromJsonAsync<List<StockLedgerEntry>>($"api/inventory/admin/stock/{product}/ledger", Json))!;
        return entries.Where(e => e.OrderId == orderId).OrderBy(e => e.Id).ToList();
    }

    /// <summary>An order's invoices and credit notes, once there are at least <paramref name="atLeast"/> of them.</summary>
    public static async Task<IReadOnlyList<InvoiceSummary>> DocumentsAsync(HttpClient billing, Guid orderId, int atLeast)
    {
        ArgumentNullException.ThrowIfNull(billing);
        return await Eventually.ReachesAsync(
            async () => (await billing.GetFromJsonAsync<InvoicePage>($"api/billing/invoices?orderId={orderId}", Json))!.Items,
            items => items.Count >= atLeast,
            Patience);
    }

    /// <summary>Every invoice (not credit note) billing has issued, up to a page of 100 (support or admin).</summary>
    public static async Task<IReadOnlyList<InvoiceSummary>> InvoicesAsync(HttpClient billing)
    {
        ArgumentNullException.ThrowIfNull(billing);
        return (await billing.GetFromJsonAsync<InvoicePage>("api/billing/invoices?kind=Invoice&pageSize=100", Json))!.Items;
    }

    /// <summary>The sequence number of an invoice numbered <c>YYYY-NNNNNN</c>.</summary>
    public static int SequenceOf(InvoiceSummary invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return int.Parse(invoice.Number.Split('-')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A product of the demo catalog with <paramref name="minimum"/> (plus a margin) to <paramref name="fewerThan"/>
    /// units available, picked at random so the tests of one class keep their stock counts apart.
    /// </summary>
    public static async Task<ProductSummary> InStockProductAsync(CheckoutShop shop, int minimum, int fewerThan = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(shop);
        using var catalog = new HttpClient { BaseAddress = shop.Inventory.Address };
        // The demo catalog is seeded in the background once inventory's schema is migrated.
        var page = await Eventually.ReachesAsync(
            async () => (await catalog.GetFromJsonAsync<ProductPage>("api/catalog/products?inStock=true&pageSize=100", Json))!,
            p => p.Items.Any(Fits),
            Patience);
        var candidates = page.Items.Where(Fits).ToList();
        Assert.True(candidates.Count > 0, $"no product with {minimum} to {fewerThan} units in the demo catalog");
        return candidates[Math.Abs(Guid.NewGuid().GetHashCode()) % candidates.Count];

        bool Fits(ProductSummary item) => fewerThan == int.MaxValue ? item.Available >= minimum + 5 : item.Available >= minimum && item.Available < fewerThan;
    }

    /// <summary>A discount as the admin API shows it, with its usage counters.</summary>
    public static async Task<DiscountView> DiscountAsync(HttpClient discounts, Guid id)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        return (await discounts.GetFromJsonAsync<DiscountView>($"api/discounts/admin/discounts/{id}", Json))!;
    }

    /// <summary>A code of this test's own with a usage limit, so its counters count this order's uses alone.</summary>
    public static async Task<DiscountView> LimitedDiscountAsync(HttpClient discounts)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        var code = "CHECKOUT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using var created = await discounts.PostAsJsonAsync("api/discounts/admin/discounts", new
        {
            code,
            name = "Checkout test: 5 % off",
            kind = "Percentage",
            percentOff = 5,
            scope = "All",
            usageLimit = 100,
            stackable = true,
            priority = 1,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<DiscountView>(Json))!;
    }

    private static bool IsTerminal(string status) => status is "Rejected" or "PaymentFailed" or "Cancelled" or "Refunded" or "Delivered";
}
