using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using K8sShop.Billing.Quotes;
using K8sShop.Billing.Tests.Hosting;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary><c>POST /api/billing/quote</c> over HTTP, with inventory's lookup and the discounts service stubbed (see StubbedNeighbours).</summary>
public sealed class QuoteApiTests(BillingApp app) : IClassFixture<BillingApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task An_anonymous_cart_is_quoted_with_VAT_per_rate_shipping_and_the_refused_codes_with_inventory_and_discounts_stubbed()
    {
        var mug = app.Neighbours.AddProduct("Mug", 1_250);
        var tea = app.Neighbours.AddProduct("Tea", 499, "reduced");
        var tenPercent = app.Neighbours.AddCode(new(OrderPercent: 10));
        using var anonymous = Shopper.Anonymous(app);

        using var response = await anonymous.PostAsync("api/billing/quote", new
        {
            lines = new[] { new { productId = mug, quantity = 2 }, new { productId = tea, quantity = 4 } },
            shippingCountry = "FR",
            discountCodes = new[] { tenPercent, "NOSUCHCODE" },
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var quote = (await response.Content.ReadFromJsonAsync<Quote>(Json))!;
        // 10 % of 44.96 = 4.49 spread 2.50 / 1.99; VAT 4.50 on 22.50 and 0.99 on 17.97; shipping 4.90 + 0.98 VAT.
        Assert.Equal((4_496L, 0L, 449L, 449L, 490L, 98L, 647L, 5_184L, "EUR"),
            (quote.SubtotalMinor, quote.LineDiscountMinor, quote.OrderDiscountMinor, quote.DiscountMinor, quote.ShippingMinor, quote.ShippingTaxMinor, quote.TaxMinor, quote.TotalMinor, quote.Currency));
        Assert.Equal([(550, 1_797L, 99L), (2_000, 2_250L + 490, 450L + 98)], quote.Taxes.Select(t => (t.BasisPoints, t.TaxableMinor, t.TaxMinor)));
        Assert.Equal([("Mug", 250L, 450L), ("Tea", 199L, 99L)], quote.Lines.Select(l => (l.Name, l.DiscountMinor, l.TaxMinor)));
        Assert.Equal(tenPercent, Assert.Single(quote.Applied).Code);
        var refused = Assert.Single(quote.Refused);
        Assert.Equal(("NOSUCHCODE", "unknown", "The discount code 'NOSUCHCODE' does not exist."), (refused.Code, refused.Reason, refused.Message));

        var asked = app.Neighbours.DiscountRequests.Last();
        Assert.Null(asked["customerId"]?.GetValue<Guid?>());
        Assert.False(asked.ContainsKey("orderId"), "a quote must evaluate, never reserve");
    }

    [Fact]
    public async Task A_signed_in_customer_is_quoted_as_themselves_and_free_shipping_waives_the_fee_with_inventory_and_discounts_stubbed()
    {
        var lamp = app.Neighbours.AddProduct("Lamp", 2_000);
        var free = app.Neighbours.AddCode(new(FreeShipping: true, PerLineMinor: 100));
        using var customer = await Shopper.NewCustomerAsync(app);

        using var response = await customer.PostAsync("api/billing/quote", new { lines = new[] { new { productId = lamp, quantity = 1 } }, shippingCountry = "DE", discountCodes = new[] { free } });

        var quote = (await response.Content.ReadFromJsonAsync<Quote>(Json))!;
        Assert.Equal(customer.Id, app.Neighbours.DiscountRequests.Last()["customerId"]!.GetValue<Guid>());
        // 20.00 - 1.00 line discount = 19.00 at 19 % = 3.61; no shipping.
        Assert.Equal((100L, 0L, 0L, 361L, 1_900L + 361), (quote.LineDiscountMinor, quote.ShippingMinor, quote.ShippingTaxMinor, quote.TaxMinor, quote.TotalMinor));
        Assert.Equal([(1_900, 1_900L, 361L)], quote.Taxes.Select(t => (t.BasisPoints, t.TaxableMinor, t.TaxMinor)));
    }

    [Fact]
    public async Task An_export_destination_is_quoted_without_VAT_with_inventory_and_discounts_stubbed()
    {
        var lamp = app.Neighbours.AddProduct("Lamp", 2_000);
        using var anonymous = Shopper.Anonymous(app);
        using var response = await anonymous.PostAsync("api/billing/quote", new { lines = new[] { new { productId = lamp, quantity = 1 } }, shippingCountry = "US" });
        var quote = (await response.Content.ReadFromJsonAsync<Quote>(Json))!;
        Assert.Equal((0L, 2_000L + 490), (quote.TaxMinor, quote.TotalMinor));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"lines\":[],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":0}],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":10001}],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"00000000-0000-0000-0000-000000000000\",\"quantity\":1}],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1},{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":2}],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}],\"shippingCountry\":\"fr\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}],\"shippingCountry\":\"FRA\"}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}],\"shippingCountry\":\"FR\",\"discountCodes\":[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\"]}")]
    [InlineData("{\"lines\":[{\"productId\":\"9d4a3b52-4c9e-4a53-9d0a-0e7a7b8a1c11\",\"quantity\":1}],\"shippingCountry\":\"FR\",\"discountCodes\":[\"\"]}")]
    [InlineData("{\"lines\":[{\"productId\":\"not-a-guid\",\"quantity\":1}],\"shippingCountry\":\"FR\"}")]
    [InlineData("{\"lines\": ")]
    public async Task Malformed_carts_answer_400_problem_details_without_asking_anyone(string body)
    {
        var asked = app.Neighbours.DiscountRequests.Count;
        using var client = app.NewClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/billing/quote", UriKind.Relative), content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(asked, app.Neighbours.DiscountRequests.Count);
    }

    [Fact]
    public async Task Over_long_carts_answer_400()
    {
        using var anonymous = Shopper.Anonymous(app);
        var lines = Enumerable.Range(0, QuoteLimits.MaxLines + 1).Select(_ => new { productId = Guid.NewGuid(), quantity = 1 }).ToArray();
        using var response = await anonymous.PostAsync("api/billing/quote", new { lines, shippingCountry = "FR" });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines", out _));
    }

    [Fact]
    public async Task Unknown_and_retired_products_and_unserved_countries_answer_422_naming_the_line_with_inventory_stubbed()
    {
        var retired = app.Neighbours.AddProduct("Old lamp", 2_000, active: false);
        var fine = app.Neighbours.AddProduct("Lamp", 2_000);
        using var anonymous = Shopper.Anonymous(app);

        using var products = await anonymous.PostAsync("api/billing/quote", new
        {
            lines = new[] { new { productId = fine, quantity = 1 }, new { productId = Guid.NewGuid(), quantity = 1 }, new { productId = retired, quantity = 1 } },
            shippingCountry = "FR",
        });
        var problem = await ProblemAssert.IsProblemAsync(products, HttpStatusCode.UnprocessableEntity, "validation");
        var errors = problem.GetProperty("errors");
        Assert.Equal(["lines[1].productId", "lines[2].productId"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("no longer sold", errors.GetProperty("lines[2].productId")[0].GetString(), StringComparison.Ordinal);

        using var country = await anonymous.PostAsync("api/billing/quote", new { lines = new[] { new { productId = fine, quantity = 1 } }, shippingCountry = "ZZ" });
        var refused = await ProblemAssert.IsProblemAsync(country, HttpStatusCode.UnprocessableEntity, "validation");
        Assert.True(refused.GetProperty("errors").TryGetProperty("shippingCountry", out _));
    }

    [Fact]
    public async Task When_the_discounts_service_is_down_the_quote_answers_503_problem_details_with_inventory_and_discounts_stubbed()
    {
        var lamp = app.Neighbours.AddProduct("Lamp", 2_000);
        using var anonymous = Shopper.Anonymous(app);
        app.Neighbours.FailNextDiscountCalls(4); // the first call and the resilience handler's three retries

        using var response = await anonymous.PostAsync("api/billing/quote", new { lines = new[] { new { productId = lamp, quantity = 1 } }, shippingCountry = "FR" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "unavailable");
    }
}
