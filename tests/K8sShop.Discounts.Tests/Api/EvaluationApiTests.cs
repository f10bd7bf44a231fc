using System.Net;
using K8sShop.Discounts.Evaluation;
using K8sShop.Discounts.Tests.Hosting;
using Xunit;

namespace K8sShop.Discounts.Tests.Api;

[Collection(SharedDiscountsApp.Name)]
public sealed class EvaluationApiTests(DiscountsApp app)
{
    private readonly Hosting.Api _api = new(app);

    [Fact]
    public async Task Anonymous_callers_get_401_everywhere()
    {
        foreach (var (method, path) in Endpoints)
        {
            using var response = await _api.SendAsync(method, path, null, "{}");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Customers_may_evaluate_but_not_reserve_or_administer()
    {
        var code = Hosting.Api.NewCode("CUST");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 10));
        var result = await _api.EvaluateAsync(app.Callers.Customer, Hosting.Api.Order(null, code));
        Assert.Equal(code, Assert.Single(result.Applied).Code);

        using var reserve = await _api.SendAsync(HttpMethod.Post, "api/discounts/reservations", app.Callers.Customer, Hosting.Api.Reservation(Guid.NewGuid(), null, code));
        await ProblemAssert.IsProblemAsync(reserve, HttpStatusCode.Forbidden);
        using var list = await _api.SendAsync(HttpMethod.Get, "api/discounts/admin/discounts", app.Callers.Customer);
        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden);
        using var create = await _api.SendAsync(HttpMethod.Post, "api/discounts/admin/discounts", app.Callers.Customer, Hosting.Api.Percentage(Hosting.Api.NewCode("NO"), 10));
        await ProblemAssert.IsProblemAsync(create, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Services_may_evaluate_and_reserve_but_not_administer()
    {
        var code = Hosting.Api.NewCode("SVC");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 10));
        Assert.Single((await _api.EvaluateAsync(app.Callers.Service, Hosting.Api.Order(null, code))).Applied);
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, code))).Applied);
        using var list = await _api.SendAsync(HttpMethod.Get, "api/discounts/admin/discounts", app.Callers.Service);
        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_admin_may_not_evaluate_as_a_shopper()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "api/discounts/evaluate", app.Callers.Admin, Hosting.Api.Order(null));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_customer_evaluates_as_the_token_says_whatever_the_body_claims()
    {
        var code = Hosting.Api.NewCode("ONCE");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 10, perCustomerLimit: 1));

        // Billing uses it up for the customer; the customer then asks while claiming to be someone else.
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), app.Callers.CustomerId, code))).Applied);
        var asOther = await _api.EvaluateAsync(app.Callers.Customer, Hosting.Api.Order(app.Callers.OtherCustomerId, code));
        Assert.Equal(new RefusedCode(code, RefusalReasons.LimitReached), Assert.Single(asOther.Refused));

        var other = await _api.EvaluateAsync(app.Callers.OtherCustomer, Hosting.Api.Order(null, code));
        Assert.Single(other.Applied);
    }

    [Fact]
    public async Task Codes_are_matched_whatever_their_case_and_unknown_ones_are_refused()
    {
        var code = Hosting.Api.NewCode("CASE");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 20));
        var result = await _api.EvaluateAsync(app.Callers.Service, Hosting.Api.Order(null, $"  {code.ToLowerInvariant()} ", "NO-SUCH-CODE"));

        Assert.Equal(code, Assert.Single(result.Applied).Code);
        Assert.Equal(1000, result.Applied[0].AmountMinor);
        Assert.Equal(1000, Assert.Single(result.Lines).DiscountMinor);
        Assert.Equal("EUR", result.Currency);
        Assert.Equal(new RefusedCode("NO-SUCH-CODE", RefusalReasons.Unknown), Assert.Single(result.Refused));
    }

    [Fact]
    public async Task Evaluating_holds_nothing()
    {
        var code = Hosting.Api.NewCode("LOOK");
        var discount = await _api.CreateAsync(Hosting.Api.Percentage(code, 10, usageLimit: 1));
        for (var i = 0; i < 3; i++)
        {
            Assert.Single((await _api.EvaluateAsync(app.Callers.Service, Hosting.Api.Order(null, code))).Applied);
        }

        Assert.Equal((0, 0), await app.CountersAsync(discount.Id));
    }

    [Theory]
    [InlineData("""{"currency":"EUR","lines":[],"codes":[]}""", "lines")]
    [InlineData("""{"currency":"euro","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":1,"unitPriceMinor":100}]}""", "currency")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":0,"unitPriceMinor":100}]}""", "lines[0].quantity")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":1,"unitPriceMinor":-1}]}""", "lines[0].unitPriceMinor")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"00000000-0000-0000-0000-000000000000","quantity":1,"unitPriceMinor":1}]}""", "lines[0].productId")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":1,"unitPriceMinor":1},{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":1,"unitPriceMinor":1}]}""", "lines")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":1,"unitPriceMinor":1}],"codes":["  "]}""", "codes")]
    public async Task Bad_evaluation_requests_get_400_with_the_field_named(string body, string field)
    {
        foreach (var (path, token) in new[] { ("api/discounts/evaluate", app.Callers.Customer), ("api/discounts/reservations", app.Callers.Service) })
        {
            var withOrder = path.EndsWith("reservations", StringComparison.Ordinal) ? body.Replace("{\"currency\"", "{\"orderId\":\"0195f0a0-0000-7000-8000-0000000000aa\",\"currency\"", StringComparison.Ordinal) : body;
            using var response = await _api.SendAsync(HttpMethod.Post, path, token, withOrder);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"x","quantity":1}]}""")]
    [InlineData("""{"currency":"EUR","lines":[{"productId":"0195f0a0-0000-7000-8000-000000000001","quantity":99999999999,"unitPriceMinor":1}]}""")]
    public async Task Malformed_bodies_get_400_never_500(string body)
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "api/discounts/evaluate", app.Callers.Service, body);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_reservation_needs_an_order_id()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "api/discounts/reservations", app.Callers.Service, Hosting.Api.Order(null));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("orderId", out _));
    }

    private static readonly (HttpMethod, string)[] Endpoints =
    [
        (HttpMethod.Post, "api/discounts/evaluate"),
        (HttpMethod.Post, "api/discounts/reservations"),
        (HttpMethod.Get, "api/discounts/admin/discounts"),
        (HttpMethod.Post, "api/discounts/admin/discounts"),
        (HttpMethod.Get, $"api/discounts/admin/discounts/{Guid.NewGuid()}"),
        (HttpMethod.Put, $"api/discounts/admin/discounts/{Guid.NewGuid()}"),
        (HttpMethod.Post, $"api/discounts/admin/discounts/{Guid.NewGuid()}/deactivate"),
    ];
}
