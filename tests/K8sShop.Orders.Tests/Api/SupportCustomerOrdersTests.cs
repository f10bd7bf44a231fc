using System.Net;
using System.Net.Http.Json;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.Orders.Tracking;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary><c>GET /api/orders/support?customerId</c>: the chat console's view of one customer's orders, for support and admins only.</summary>
public sealed class SupportCustomerOrdersTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    [Fact]
    public async Task Support_lists_one_customers_orders_newest_first_and_no_one_elses()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var bob = await Shopper.NewCustomerAsync(app);
        using var support = await Shopper.SupportAsync(app);
        var first = await alice.PlaceAsync();
        var second = await alice.PlaceAsync();
        var bobs = await bob.PlaceAsync();
        var aliceId = (await alice.OrderAsync(first)).CustomerId;

        var orders = (await support.Client.GetFromJsonAsync<PagedOrders>($"api/orders/support?customerId={aliceId}", Shopper.Json))!;

        Assert.Equal([second, first], orders.Items.Select(o => o.Id));
        Assert.All(orders.Items, o => Assert.Equal((aliceId, "Submitted"), (o.CustomerId, o.Status)));
        Assert.DoesNotContain(bobs, orders.Items.Select(o => o.Id));
        var page = (await support.Client.GetFromJsonAsync<PagedOrders>($"api/orders/support?customerId={aliceId}&page=2&pageSize=1", Shopper.Json))!;
        Assert.Equal([first], page.Items.Select(o => o.Id));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task A_customer_without_orders_is_an_empty_page_not_an_error()
    {
        using var support = await Shopper.SupportAsync(app);

        var orders = (await support.Client.GetFromJsonAsync<PagedOrders>($"api/orders/support?customerId={Guid.NewGuid()}", Shopper.Json))!;

        Assert.Equal((0, 0), (orders.Items.Count, orders.Total));
    }

    [Fact]
    public async Task Admins_may_read_it_too()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var admin = await Shopper.AdminAsync(app);
        var order = await alice.PlaceAsync();
        var aliceId = (await alice.OrderAsync(order)).CustomerId;

        var orders = (await admin.Client.GetFromJsonAsync<PagedOrders>($"api/orders/support?customerId={aliceId}", Shopper.Json))!;

        Assert.Equal([order], orders.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_customers_403_even_for_their_own_id()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        var order = await alice.PlaceAsync();
        var aliceId = (await alice.OrderAsync(order)).CustomerId;
        using var anonymous = app.NewClient();

        using var signedOut = await anonymous.GetAsync(new Uri($"api/orders/support?customerId={aliceId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        using var customer = await alice.Client.GetAsync(new Uri($"api/orders/support?customerId={aliceId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
    }

    [Theory]
    [InlineData("api/orders/support")]
    [InlineData("api/orders/support?customerId=00000000-0000-0000-0000-000000000000")]
    public async Task Without_a_customer_the_answer_is_a_validation_problem_naming_customerId(string path)
    {
        using var support = await Shopper.SupportAsync(app);
        using var response = await support.Client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = await ProblemAssert.HasFieldErrorAsync(response, "customerId");
        Assert.Equal(ProblemAssert.TypeBase + "validation", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("api/orders/support?customerId=nobody")]
    [InlineData("api/orders/support?customerId=")]
    [InlineData("api/orders/support?customerId=1&page=1")]
    [InlineData("api/orders/support?customerId=7d4b0c8e-0000-4000-8000-000000000001&page=0")]
    [InlineData("api/orders/support?customerId=7d4b0c8e-0000-4000-8000-000000000001&pageSize=1000")]
    [InlineData("api/orders/support?customerId=7d4b0c8e-0000-4000-8000-000000000001&page=abc")]
    public async Task Malformed_ids_and_paging_are_bad_request_problems(string path)
    {
        using var support = await Shopper.SupportAsync(app);
        using var response = await support.Client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
