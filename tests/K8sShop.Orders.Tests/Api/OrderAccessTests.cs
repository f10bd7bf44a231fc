using System.Net;
using System.Net.Http.Json;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.Orders.Tracking;
using K8sShop.Orders.Data;
using K8sShop.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary>Reading and changing orders: each customer sees only their own, support reads any, admins change any.</summary>
public sealed class OrderAccessTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    private const string TransitionNotAllowed = ProblemTypes.Base + "order-transition-not-allowed";

    [Fact]
    public async Task Customer_b_neither_sees_lists_nor_cancels_customer_as_order()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var bob = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();

        using var read = await bob.Client.GetAsync(new Uri($"api/orders/{order}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.NotFound);
        using var cancel = await bob.PostAsync($"api/orders/{order}/cancel");
        await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.NotFound);
        Assert.Empty((await bob.Client.GetFromJsonAsync<PagedOrders>("api/orders", Shopper.Json))!.Items);
        Assert.Equal("Submitted", (await alice.OrderAsync(order)).Status);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_everywhere()
    {
        using var anonymous = app.NewClient();
        var id = Guid.NewGuid();
        foreach (var (method, path) in new[]
                 {
                     ("GET", "api/orders"), ("GET", $"api/orders/{id}"), ("POST", $"api/orders/{id}/cancel"), ("GET", $"api/orders/support/{id}"),
                     ("GET", "api/orders/admin"), ("POST", $"api/orders/admin/{id}/ship"), ("POST", $"api/orders/admin/{id}/deliver"), ("POST", $"api/orders/admin/{id}/refund"),
                 })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };
            using var response = await anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Support_reads_any_order_but_neither_customers_nor_support_reach_the_admin_endpoints()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var support = await Shopper.SupportAsync(app);
        var order = await alice.PlaceAsync();

        var seen = (await support.Client.GetFromJsonAsync<OrderView>($"api/orders/support/{order}", Shopper.Json))!;
        Assert.Equal((order, "Submitted"), (seen.Id, seen.Status));
        using var missing = await support.Client.GetAsync(new Uri($"api/orders/support/{Guid.NewGuid()}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        using var customerAsSupport = await alice.Client.GetAsync(new Uri($"api/orders/support/{order}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, customerAsSupport.StatusCode);
        using var supportAsCustomer = await support.Client.GetAsync(new Uri("api/orders", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, supportAsCustomer.StatusCode);

        foreach (var caller in new[] { alice, support })
        {
            using var list = await caller.Client.GetAsync(new Uri("api/orders/admin", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            using var ship = await caller.PostAsync($"api/orders/admin/{order}/ship", new { trackingNumber = "1Z" });
            Assert.Equal(HttpStatusCode.Forbidden, ship.StatusCode);
            using var refund = await caller.PostAsync($"api/orders/admin/{order}/refund");
            Assert.Equal(HttpStatusCode.Forbidden, refund.StatusCode);
        }
    }

    [Fact]
    public async Task A_customer_cancels_an_unpaid_order_once_and_a_second_cancel_is_an_illegal_transition()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();

        using var cancelled = await alice.PostAsync($"api/orders/{order}/cancel");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var view = (await cancelled.Content.ReadFromJsonAsync<OrderView>(Shopper.Json))!;
        Assert.Equal(("Cancelled", "Cancelled by the customer", false), (view.Status, view.History[^1].Reason, view.RefundPending));

        using var again = await alice.PostAsync($"api/orders/{order}/cancel");
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, TransitionNotAllowed);
        Assert.Equal(("Cancelled", "Cancelled"), (problem.GetProperty("orderStatus").GetString(), problem.GetProperty("requestedStatus").GetString()));
    }

    [Fact]
    public async Task Admins_list_and_filter_every_customers_orders_with_paging()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var bob = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var a1 = await alice.PlaceAsync();
        var a2 = await alice.PlaceAsync();
        var b1 = await bob.PlaceAsync();
        using (await alice.PostAsync($"api/orders/{a2}/cancel"))
        {
        }

        var aliceId = (await alice.OrderAsync(a1)).CustomerId;
        var alices = (await admin.Client.GetFromJsonAsync<PagedOrders>($"api/orders/admin?customerId={aliceId}", Shopper.Json))!;
        Assert.Equal([a2, a1], alices.Items.Select(o => o.Id));
        var cancelled = (await admin.Client.GetFromJsonAsync<PagedOrders>($"api/orders/admin?customerId={aliceId}&status=cancelled", Shopper.Json))!;
        Assert.Equal([a2], cancelled.Items.Select(o => o.Id));
        var page = (await admin.Client.GetFromJsonAsync<PagedOrders>("api/orders/admin?pageSize=1&page=1", Shopper.Json))!;
        Assert.Equal((1, 1), (page.Items.Count, page.PageSize));
        Assert.True(page.Total >= 3);
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"));
        Assert.Empty((await admin.Client.GetFromJsonAsync<PagedOrders>($"api/orders/admin?from={since}", Shopper.Json))!.Items);
        var all = (await admin.Client.GetFromJsonAsync<PagedOrders>("api/orders/admin?pageSize=100", Shopper.Json))!;
        Assert.Contains(b1, all.Items.Select(o => o.Id));
    }

    [Theory]
    [InlineData("api/orders/admin?status=Lost")]
    [InlineData("api/orders/admin?status=3")]
    [InlineData("api/orders/admin?page=0")]
    [InlineData("api/orders/admin?pageSize=1000")]
    [InlineData("api/orders/admin?page=abc")]
    [InlineData("api/orders/admin?customerId=nobody")]
    [InlineData("api/orders/admin?from=yesterday")]
    [InlineData("api/orders/admin?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    public async Task Bad_admin_filters_are_bad_request_problems(string path)
    {
        using var admin = await Shopper.AdminAsync(app);
        using var response = await admin.Client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("api/orders?page=-1")]
    [InlineData("api/orders?pageSize=0")]
    [InlineData("api/orders?page=2147483647&pageSize=100")]
    public async Task Bad_paging_of_my_orders_is_a_bad_request_problem(string path)
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var response = await alice.Client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Shipping_needs_a_tracking_number_and_a_paid_order_and_unknown_orders_are_404()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var order = await alice.PlaceAsync();

        using var noNumber = await admin.PostAsync($"api/orders/admin/{order}/ship", new { trackingNumber = " " });
        await ProblemAssert.IsProblemAsync(noNumber, HttpStatusCode.BadRequest, ProblemTypes.Base + "validation");
        using var hugeNumber = await admin.PostAsync($"api/orders/admin/{order}/ship", new { trackingNumber = new string('1', 5000) });
        await ProblemAssert.IsProblemAsync(hugeNumber, HttpStatusCode.BadRequest, ProblemTypes.Base + "validation");
        using var unpaid = await admin.PostAsync($"api/orders/admin/{order}/ship", new { trackingNumber = "1Z999" });
        await ProblemAssert.IsProblemAsync(unpaid, HttpStatusCode.Conflict, TransitionNotAllowed);
        using var deliver = await admin.PostAsync($"api/orders/admin/{order}/deliver");
        await ProblemAssert.IsProblemAsync(deliver, HttpStatusCode.Conflict, TransitionNotAllowed);
        using var refund = await admin.PostAsync($"api/orders/admin/{order}/refund", new { reason = "goodwill" });
        await ProblemAssert.IsProblemAsync(refund, HttpStatusCode.Conflict, TransitionNotAllowed);
        using var unknown = await admin.PostAsync($"api/orders/admin/{Guid.NewGuid()}/deliver");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var malformed = await admin.Client.PostAsync(
            new Uri($"api/orders/admin/{order}/ship", UriKind.Relative), new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal("Submitted", (await alice.OrderAsync(order)).Status);
    }

    [Fact]
    public async Task Of_two_changes_made_from_the_same_version_of_an_order_the_second_is_refused_by_its_version()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var two = second.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var a = await one.Orders.SingleAsync(o => o.Id == order);
        var b = await two.Orders.SingleAsync(o => o.Id == order);

        Assert.True(a.Cancel("first", DateTimeOffset.UtcNow).Succeeded);
        await one.SaveChangesAsync();
        Assert.True(b.Reject("second", DateTimeOffset.UtcNow).Succeeded);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());

        var view = await alice.OrderAsync(order);
        Assert.Equal(("Cancelled", 2L, 2), (view.Status, view.Version, view.History.Count));
    }
}
