using System.Net;
using System.Net.Http.Json;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.Orders.Tracking;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary>The same service on SQLite (the embedded host's engine): its migrations apply and its queries translate.</summary>
public sealed class OrdersOnSqliteTests(OrdersOnSqliteApp app) : IClassFixture<OrdersOnSqliteApp>
{
    [Fact]
    public async Task An_order_is_placed_replayed_listed_filtered_and_cancelled_on_SQLite()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var key = Guid.NewGuid().ToString();
        var body = Shopper.ValidBody();
        using var placed = await alice.SubmitAsync(body, key);
        using var replay = await alice.SubmitAsync(body, key);
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (placed.StatusCode, replay.StatusCode));
        Assert.Equal(placed.Headers.Location, replay.Headers.Location);
        var order = Guid.Parse(placed.Headers.Location!.ToString().Split('/')[^1]);

        using (var cancel = await alice.PostAsync($"api/orders/{order}/cancel"))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"));
        var found = (await admin.Client.GetFromJsonAsync<PagedOrders>($"api/orders/admin?status=Cancelled&from={since}&pageSize=10", Shopper.Json))!;
        Assert.Equal([order], found.Items.Select(o => o.Id));
        var view = await alice.OrderAsync(order);
        Assert.Equal(["Submitted", "Cancelled"], view.History.Select(h => h.Status));
        Assert.Equal(["WELCOME10"], view.DiscountCodes);
    }
}
