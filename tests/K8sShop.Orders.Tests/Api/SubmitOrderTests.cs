using System.Net;
using System.Net.Http.Json;
using System.Text;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.Orders.Tracking;
using K8sShop.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary><c>POST /api/orders</c> on MariaDB with real tokens: input checked at the edge, who may call, the Idempotency-Key.</summary>
public sealed class SubmitOrderTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    private const string Validation = ProblemTypes.Base + "validation";

    [Fact]
    public async Task A_valid_order_is_accepted_with_its_location_stored_and_announced_as_submitted()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        using var response = await customer.SubmitAsync(Shopper.ValidBody(), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<OrderSummary>(Shopper.Json))!;
        Assert.Equal($"/api/orders/{summary.Id}", response.Headers.Location!.ToString());
        Assert.Equal("Submitted", summary.Status);
        var order = await customer.OrderAsync(summary.Id);
        Assert.Equal(("DE", "Berlin", 2), (order.ShippingAddress.Country, order.BillingAddress.City, order.Lines.Count));
        Assert.Equal(["WELCOME10"], order.DiscountCodes);
        var entry = Assert.Single(order.History);
        Assert.Equal(("Submitted", "Order placed"), (entry.Status, entry.Reason));
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("OrderSubmitted") && m.Body.Contains(summary.Id.ToString()))));
    }

    [Fact]
    public async Task Without_an_Idempotency_Key_the_order_is_refused_with_a_problem()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        using var missing = await customer.SubmitAsync(Shopper.ValidBody(), null);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest, ProblemTypes.Base + "idempotency-key-required");
        using var blank = await customer.SubmitAsync(Shopper.ValidBody(), " ");
        await ProblemAssert.IsProblemAsync(blank, HttpStatusCode.BadRequest, ProblemTypes.Base + "idempotency-key-required");
        using var huge = await customer.SubmitAsync(Shopper.ValidBody(), new string('k', 101));
        await ProblemAssert.IsProblemAsync(huge, HttpStatusCode.BadRequest, ProblemTypes.Base + "idempotency-key-required");
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "no lines", """{"lines":[],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "lines missing", """{"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "quantity 0", """{"lines":[{"productId":"PID","quantity":0}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "negative quantity", """{"lines":[{"productId":"PID","quantity":-3}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "huge quantity", """{"lines":[{"productId":"PID","quantity":100000}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "no product id", """{"lines":[{"quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "a null line", """{"lines":[null],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "same product twice", """{"lines":[{"productId":"PID","quantity":1},{"productId":"PID","quantity":2}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "no shipping address", """{"lines":[{"productId":"PID","quantity":1}],"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "three-letter country", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":{"name":"A","line1":"B","postalCode":"1","city":"C","country":"DEU"},"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "digits for a country", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":{"name":"A","line1":"B","postalCode":"1","city":"C","country":"12"},"paymentToken":"tok_visa"}""" },
        { "empty name", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":{"name":" ","line1":"B","postalCode":"1","city":"C","country":"DE"},"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "huge city", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":{"name":"A","line1":"B","postalCode":"1","city":"HUGE","country":"DE"},"billingAddress":ADDR,"paymentToken":"tok_visa"}""" },
        { "huge discount code", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"discountCodes":["HUGE"],"paymentToken":"tok_visa"}""" },
        { "no payment token", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR}""" },
        { "a card number as token", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"4242424242424242"}""" },
        { "a spaced card number", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"4242 4242 4242 4242"}""" },
        { "a card number inside a token", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_4000-0566-5566-5556"}""" },
        { "huge token", """{"lines":[{"productId":"PID","quantity":1}],"shippingAddress":ADDR,"billingAddress":ADDR,"paymentToken":"tok_HUGE"}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task An_invalid_order_is_refused_with_a_validation_problem_and_nothing_is_stored(string why, string template)
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var json = template
            .Replace("ADDR", """{"name":"Ada","line1":"Street 1","postalCode":"10115","city":"Berlin","country":"DE"}""", StringComparison.Ordinal)
            .Replace("PID", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("HUGE", new string('x', 10_000), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await customer.Client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, Validation);
        Assert.True(problem.TryGetProperty("errors", out _), why);
        Assert.Empty((await customer.Client.GetFromJsonAsync<PagedOrders>("api/orders", Shopper.Json))!.Items);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"lines":"many"}""")]
    [InlineData("""{"lines":[{"productId":"not-a-guid","quantity":1}]}""")]
    [InlineData("""{"lines":[{"productId":"00000000-0000-0000-0000-000000000001","quantity":1e99}]}""")]
    [InlineData("")]
    public async Task A_malformed_body_is_a_bad_request_problem_never_a_server_error(string body)
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await customer.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_same_key_and_body_give_the_same_order_and_another_body_under_that_key_is_a_conflict()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var key = Guid.NewGuid().ToString();
        var body = Shopper.ValidBody();

        using var first = await customer.SubmitAsync(body, key);
        using var replay = await customer.SubmitAsync(body, key);
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, replay.StatusCode));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);

        var changed = Shopper.ValidBody();
        using var conflict = await customer.SubmitAsync(changed, key);
        await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict, ProblemTypes.Base + "idempotency-key-reused");

        var mine = (await customer.Client.GetFromJsonAsync<PagedOrders>("api/orders", Shopper.Json))!;
        Assert.Equal(1, mine.Total);
        var id = Assert.Single(mine.Items).Id;
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("OrderSubmitted") && m.Body.Contains(id.ToString()))));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_place_one_order()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var key = Guid.NewGuid().ToString();
        var body = Shopper.ValidBody();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => customer.SubmitAsync(body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, (await customer.Client.GetFromJsonAsync<PagedOrders>("api/orders", Shopper.Json))!.Total);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task One_key_used_by_two_customers_places_two_orders()
    {
        using var alice = await Shopper.NewCustomerAsync(app);
        using var bob = await Shopper.NewCustomerAsync(app);
        var key = Guid.NewGuid().ToString();

        using var a = await alice.SubmitAsync(Shopper.ValidBody(), key);
        using var b = await bob.SubmitAsync(Shopper.ValidBody(), key);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (a.StatusCode, b.StatusCode));
        Assert.NotEqual(a.Headers.Location, b.Headers.Location);
    }

    [Fact]
    public async Task Only_customers_may_order_anonymous_is_401_support_and_admin_are_403()
    {
        using var anonymous = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(Shopper.ValidBody()) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var nobody = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);

        using var support = await Shopper.SupportAsync(app);
        using var bySupport = await support.SubmitAsync(Shopper.ValidBody(), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, bySupport.StatusCode);

        using var admin = await Shopper.AdminAsync(app);
        using var byAdmin = await admin.SubmitAsync(Shopper.ValidBody(), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
    }
}
