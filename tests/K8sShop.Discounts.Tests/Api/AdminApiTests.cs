using System.Net;
using K8sShop.Discounts.Admin;
using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Evaluation;
using K8sShop.Discounts.Tests.Hosting;
using Xunit;

namespace K8sShop.Discounts.Tests.Api;

[Collection(SharedDiscountsApp.Name)]
public sealed class AdminApiTests(DiscountsApp app)
{
    private const string Path = "api/discounts/admin/discounts";
    private readonly Hosting.Api _api = new(app);

    [Fact]
    public async Task An_admin_creates_reads_changes_and_deactivates_a_discount()
    {
        var code = Hosting.Api.NewCode("life");
        var created = await _api.CreateAsync(Hosting.Api.Percentage(code.ToLowerInvariant(), 15, usageLimit: 50));
        Assert.Equal(code, created.Code);
        Assert.Equal(DiscountKind.Percentage, created.Kind);
        Assert.Equal(50, created.UsageLimit);
        Assert.True(created.Active);

        using (var got = await _api.SendAsync(HttpMethod.Get, $"{Path}/{created.Id}", app.Callers.Admin))
        {
            Assert.Equal(created.Id, (await Hosting.Api.ReadAsync<DiscountView>(got, HttpStatusCode.OK)).Id);
        }

        var changed = new
        {
            code,
            name = "Spring: 5.00 off",
            kind = "FixedAmount",
            amountMinor = 500L,
            currency = "EUR",
            scope = "All",
            minimumSubtotalMinor = 20_00L,
            startsAt = DateTimeOffset.UtcNow.AddDays(-1),
            endsAt = DateTimeOffset.UtcNow.AddDays(1),
            stackable = false,
            priority = 3,
        };
        using (var put = await _api.SendAsync(HttpMethod.Put, $"{Path}/{created.Id}", app.Callers.Admin, changed))
        {
            var view = await Hosting.Api.ReadAsync<DiscountView>(put, HttpStatusCode.OK);
            Assert.Equal(DiscountKind.FixedAmount, view.Kind);
            Assert.Null(view.PercentOff);
            Assert.Equal(500, view.AmountMinor);
        }

        var before = await _api.EvaluateAsync(app.Callers.Service, Hosting.Api.Order(null, code));
        Assert.Equal(500, before.OrderDiscountMinor);

        using (var off = await _api.SendAsync(HttpMethod.Post, $"{Path}/{created.Id}/deactivate", app.Callers.Admin))
        {
            Assert.False((await Hosting.Api.ReadAsync<DiscountView>(off, HttpStatusCode.OK)).Active);
        }

        var after = await _api.EvaluateAsync(app.Callers.Service, Hosting.Api.Order(null, code));
        Assert.Equal(new RefusedCode(code, RefusalReasons.Unknown), Assert.Single(after.Refused));
    }

    [Fact]
    public async Task The_list_is_paged_and_filters_by_code()
    {
        var codes = new[] { Hosting.Api.NewCode("PAGE"), Hosting.Api.NewCode("PAGE"), Hosting.Api.NewCode("PAGE") };
        foreach (var code in codes)
        {
            await _api.CreateAsync(Hosting.Api.Percentage(code, 5));
        }

        using var first = await _api.SendAsync(HttpMethod.Get, $"{Path}?page=1&pageSize=2", app.Callers.Admin);
        var page = await Hosting.Api.ReadAsync<DiscountPage>(first, HttpStatusCode.OK);
        Assert.Equal(2, page.Items.Count);
        Assert.True(page.Total >= 3);

        using var one = await _api.SendAsync(HttpMethod.Get, $"{Path}?code={codes[1].ToLowerInvariant()}", app.Callers.Admin);
        Assert.Equal(codes[1], Assert.Single((await Hosting.Api.ReadAsync<DiscountPage>(one, HttpStatusCode.OK)).Items).Code);

        using var bad = await _api.SendAsync(HttpMethod.Get, $"{Path}?pageSize=1000", app.Callers.Admin);
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Codes_are_unique_whatever_their_case()
    {
        var code = Hosting.Api.NewCode("UNIQ");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 5));
        using var again = await _api.SendAsync(HttpMethod.Post, Path, app.Callers.Admin, Hosting.Api.Percentage(code.ToLowerInvariant(), 7));
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"code":"P0","name":"x","kind":"Percentage","percentOff":0}""", "percentOff" },
        { """{"code":"P101","name":"x","kind":"Percentage","percentOff":101}""", "percentOff" },
        { """{"code":"FIX0","name":"x","kind":"FixedAmount","amountMinor":0,"currency":"EUR"}""", "amountMinor" },
        { """{"code":"FIXCUR","name":"x","kind":"FixedAmount","amountMinor":100}""", "currency" },
        { """{"code":"WIN","name":"x","kind":"FreeShipping","startsAt":"2026-05-02T00:00:00Z","endsAt":"2026-05-01T00:00:00Z"}""", "endsAt" },
        { """{"code":"BXGY0","name":"x","kind":"BuyXGetY","buyQuantity":0,"getQuantity":1,"scope":"Products","scopeIds":["0195f0a0-0000-7000-8000-000000000001"]}""", "buyQuantity" },
        { """{"code":"BXGYALL","name":"x","kind":"BuyXGetY","buyQuantity":2,"getQuantity":1,"scope":"All"}""", "scope" },
        { """{"code":"SCOPE","name":"x","kind":"FreeShipping","scope":"Categories","scopeIds":[]}""", "scopeIds" },
        { """{"code":"no spaces allowed","name":"x","kind":"FreeShipping"}""", "code" },
        { """{"code":"NONAME","name":" ","kind":"FreeShipping"}""", "name" },
        { """{"code":"NOKIND","name":"x"}""", "kind" },
        { """{"code":"LIM","name":"x","kind":"FreeShipping","usageLimit":0}""", "usageLimit" },
        { """{"code":"LIMC","name":"x","kind":"FreeShipping","perCustomerLimit":-1}""", "perCustomerLimit" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_discounts_get_400_with_the_field_named(string body, string field)
    {
        using var response = await _api.SendAsync(HttpMethod.Post, Path, app.Callers.Admin, body);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"name":"x","kind":"Lottery"}""")]
    [InlineData("""[1,2]""")]
    public async Task Malformed_discounts_get_400_never_500(string body)
    {
        using var response = await _api.SendAsync(HttpMethod.Post, Path, app.Callers.Admin, body);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_discounts_are_404()
    {
        var id = Guid.NewGuid();
        using var get = await _api.SendAsync(HttpMethod.Get, $"{Path}/{id}", app.Callers.Admin);
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound);
        using var put = await _api.SendAsync(HttpMethod.Put, $"{Path}/{id}", app.Callers.Admin, Hosting.Api.Percentage(null, 5));
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var off = await _api.SendAsync(HttpMethod.Post, $"{Path}/{id}/deactivate", app.Callers.Admin);
        await ProblemAssert.IsProblemAsync(off, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_demo_codes_are_seeded_outside_production()
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"{Path}?code=WELCOME10", app.Callers.Admin);
        var welcome = Assert.Single((await Hosting.Api.ReadAsync<DiscountPage>(response, HttpStatusCode.OK)).Items);
        Assert.Equal(10, welcome.PercentOff);
    }
}
