using K8sShop.Discounts.Evaluation;
using K8sShop.Discounts.Tests.Hosting;
using K8sShop.Discounts.Usage;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Discounts.Tests.Usage;

[Collection(SharedDiscountsApp.Name)]
public sealed class ReservationConcurrencyTests(DiscountsApp app)
{
    private readonly Hosting.Api _api = new(app);

    [Fact]
    public async Task A_hundred_concurrent_orders_for_a_code_limited_to_ten_on_mariadb_get_exactly_ten()
    {
        var code = Hosting.Api.NewCode("TEN");
        var discount = await _api.CreateAsync(Hosting.Api.Percentage(code, 10, usageLimit: 10));

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, code))));

        Assert.Equal(10, answers.Count(a => a.Applied.Any(d => d.Code == code)));
        Assert.Equal(90, answers.Count(a => a.Refused.Contains(new RefusedCode(code, RefusalReasons.LimitReached))));
        Assert.Equal((0, 10), await app.CountersAsync(discount.Id));
        Assert.Equal(10, await app.QueryAsync(db => db.Uses.CountAsync(u => u.DiscountId == discount.Id && u.Status == UseStatus.Reserved)));
    }

    [Fact]
    public async Task One_customer_racing_ten_orders_gets_a_once_per_customer_code_once()
    {
        var code = Hosting.Api.NewCode("ONCE");
        var discount = await _api.CreateAsync(Hosting.Api.Percentage(code, 10, perCustomerLimit: 1));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), app.Callers.CustomerId, code))));
        Assert.Equal(1, answers.Count(a => a.Applied.Count == 1));
        Assert.All(answers.Where(a => a.Applied.Count == 0), a => Assert.Equal(new RefusedCode(code, RefusalReasons.LimitReached), Assert.Single(a.Refused)));

        // Another customer still may.
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), app.Callers.OtherCustomerId, code))).Applied);
        Assert.Equal((0, 2), await app.CountersAsync(discount.Id));
    }

    [Fact]
    public async Task Reserving_again_for_the_same_order_answers_the_same_and_holds_nothing_more()
    {
        var code = Hosting.Api.NewCode("SAME");
        var discount = await _api.CreateAsync(Hosting.Api.Percentage(code, 10, usageLimit: 5));
        var order = Guid.NewGuid();
        var request = Hosting.Api.Reservation(order, null, code);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _api.ReserveAsync(request)));

        Assert.All(answers, a => Assert.Equal(code, Assert.Single(a.Applied).Code));
        Assert.All(answers, a => Assert.Equal(answers[0].Lines[0].DiscountMinor, a.Lines[0].DiscountMinor));
        Assert.Equal((0, 1), await app.CountersAsync(discount.Id));
    }

    [Fact]
    public async Task When_a_limited_exclusive_code_runs_out_the_order_is_evaluated_again_without_it()
    {
        var exclusive = Hosting.Api.NewCode("EXCL");
        var stackable = Hosting.Api.NewCode("STACK");
        await _api.CreateAsync(new { code = exclusive, name = "big", kind = "Percentage", percentOff = 50, scope = "All", usageLimit = 1, stackable = false, priority = 9 });
        await _api.CreateAsync(Hosting.Api.Percentage(stackable, 10));

        var first = await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, exclusive, stackable));
        Assert.Equal(exclusive, Assert.Single(first.Applied).Code);
        Assert.Equal(new RefusedCode(stackable, RefusalReasons.NotCombinable), Assert.Single(first.Refused));

        var second = await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, exclusive, stackable));
        Assert.Equal(stackable, Assert.Single(second.Applied).Code);
        Assert.Equal(new RefusedCode(exclusive, RefusalReasons.LimitReached), Assert.Single(second.Refused));
    }
}
