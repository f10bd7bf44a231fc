using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Evaluation;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static K8sShop.Discounts.Tests.Rules.Discounts;

namespace K8sShop.Discounts.Tests.Rules;

public sealed class DiscountRulesTests
{
    [Fact]
    public void Percentage_rounds_half_to_even_on_each_line()
    {
        // 10 % of 10.05 is 1.005 -> 1.00 (even); of 10.15 is 1.015 -> 1.02 (even); of 3.33 x 15 % is 0.4995 -> 0.50.
        var result = Evaluate([Line(1005), Line(1015)], ["PCT"], Percentage(10));
        Assert.Equal([100L, 102L], result.Lines.Select(l => l.DiscountMinor));
        Assert.Equal(202, Assert.Single(result.Applied).AmountMinor);

        var fifteen = Evaluate([Line(333)], ["PCT"], Percentage(15));
        Assert.Equal(50, fifteen.Lines[0].DiscountMinor);
    }

    [Fact]
    public void Percentage_is_taken_per_line_not_per_order()
    {
        // Three lines of 0.05 at 10 %: 0.005 each rounds to 0.00; on the 0.15 total it would have been 0.02.
        var result = Evaluate([Line(5), Line(5), Line(5)], ["PCT"], Percentage(10));
        Assert.All(result.Lines, l => Assert.Equal(0, l.DiscountMinor));
        Assert.Equal(RefusalReasons.NotApplicable, Assert.Single(result.Refused).Reason);
    }

    [Fact]
    public void A_fixed_amount_never_exceeds_the_subtotal()
    {
        var result = Evaluate([Line(700), Line(250, quantity: 2)], ["FIXED"], Fixed(50_00));
        Assert.Equal(1200, result.OrderDiscountMinor);
        Assert.All(result.Lines, l => Assert.Equal(0, l.DiscountMinor));
        Assert.Equal(1200, Assert.Single(result.Applied).AmountMinor);
    }

    [Fact]
    public void A_scoped_fixed_amount_is_spread_over_the_scoped_lines_in_proportion()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var discount = Fixed(100);
        discount.Scope = DiscountScope.Products;
        discount.ScopeIds = [a, b, c];
        var result = Evaluate([Line(100, product: a), Line(100, product: b), Line(100, product: c), Line(900)], ["FIXED"], discount);
        Assert.Equal([34L, 33L, 33L, 0L], result.Lines.Select(l => l.DiscountMinor));
        Assert.Equal(0, result.OrderDiscountMinor);
    }

    [Fact]
    public void Free_shipping_sets_the_flag_and_takes_nothing_off()
    {
        var result = Evaluate([Line(1000)], ["SHIP"], FreeShipping());
        Assert.True(result.FreeShipping);
        Assert.Equal(0, Assert.Single(result.Applied).AmountMinor);
        Assert.Equal(0, result.Lines[0].DiscountMinor);
    }

    [Fact]
    public void Buy_two_get_one_gives_the_cheapest_scoped_units_free_per_group()
    {
        var shirt = Guid.NewGuid();
        var socks = Guid.NewGuid();
        var result = Evaluate(
            [Line(1000, quantity: 3, product: shirt), Line(500, quantity: 3, product: socks), Line(100, quantity: 5)],
            ["BXGY"],
            BuyGet(2, 1, [shirt, socks]));

        // Six scoped units make two groups of three: two units free, the two cheapest scoped ones (socks); the cheap unscoped line gets nothing.
        Assert.Equal([0L, 1000L, 0L], result.Lines.Select(l => l.DiscountMinor));
    }

    [Fact]
    public void Buy_x_get_y_without_a_full_group_is_not_applicable()
    {
        var shirt = Guid.NewGuid();
        var result = Evaluate([Line(1000, quantity: 2, product: shirt)], ["BXGY"], BuyGet(2, 1, [shirt]));
        Assert.Empty(result.Applied);
        Assert.Equal(new RefusedCode("BXGY", RefusalReasons.NotApplicable), Assert.Single(result.Refused));
    }

    [Fact]
    public void Stackable_discounts_apply_in_priority_order_each_on_what_the_previous_left()
    {
        var result = Evaluate([Line(1000)], ["FIXED", "PCT"], Fixed(100, priority: 1), Percentage(10, priority: 5));

        // 10 % first (priority 5): 100 off the line; then 1.00 off the 9.00 left, as an order discount.
        Assert.Equal(["PCT", "FIXED"], result.Applied.Select(a => a.Code));
        Assert.Equal(100, result.Lines[0].DiscountMinor);
        Assert.Equal(100, result.OrderDiscountMinor);
    }

    [Fact]
    public void An_exclusive_discount_of_higher_priority_shuts_out_the_others()
    {
        var result = Evaluate([Line(1000)], ["PCT", "BIG"], Percentage(10), Fixed(300, code: "BIG", stackable: false, priority: 9));
        Assert.Equal("BIG", Assert.Single(result.Applied).Code);
        Assert.Equal(new RefusedCode("PCT", RefusalReasons.NotCombinable), Assert.Single(result.Refused));
    }

    [Fact]
    public void An_exclusive_discount_comes_too_late_once_another_applied()
    {
        var result = Evaluate([Line(1000)], ["PCT", "BIG"], Percentage(10, priority: 9), Fixed(300, code: "BIG", stackable: false, priority: 1));
        Assert.Equal("PCT", Assert.Single(result.Applied).Code);
        Assert.Equal(new RefusedCode("BIG", RefusalReasons.NotCombinable), Assert.Single(result.Refused));
    }

    [Fact]
    public void An_automatic_discount_applies_without_a_code()
    {
        var result = Evaluate([Line(2000)], [], Percentage(5, code: null));
        Assert.Null(Assert.Single(result.Applied).Code);
        Assert.Equal(100, result.Lines[0].DiscountMinor);
    }

    [Theory]
    [InlineData(4999, RefusalReasons.MinimumNotMet)]
    [InlineData(5000, null)]
    public void The_minimum_is_checked_against_the_subtotal_before_discounts(long subtotal, string? refusal)
    {
        var discount = Percentage(10);
        discount.MinimumSubtotalMinor = 5000;
        var result = Evaluate([Line(subtotal)], ["PCT"], discount);
        Assert.Equal(refusal, result.Refused.SingleOrDefault()?.Reason);
        Assert.Equal(refusal is null ? 1 : 0, result.Applied.Count);
    }

    [Fact]
    public void The_validity_window_opens_at_its_start_and_closes_at_its_end()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        var discount = Percentage(10);
        discount.StartsAtUtc = Now.AddHours(1);
        discount.EndsAtUtc = Now.AddHours(2);
        string? ReasonAt() => Evaluate([Line(1000)], ["PCT"], null, clock.GetUtcNow().UtcDateTime, discount).Refused.SingleOrDefault()?.Reason;

        Assert.Equal(RefusalReasons.NotYetValid, ReasonAt());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(ReasonAt());
        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        Assert.Null(ReasonAt());
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(RefusalReasons.Expired, ReasonAt());
    }

    [Fact]
    public void Unknown_and_deactivated_codes_are_refused_as_unknown()
    {
        var off = Percentage(10, code: "OFF");
        off.IsActive = false;
        var result = Evaluate([Line(1000)], ["NOPE", "OFF"], off);
        Assert.Equal([new RefusedCode("NOPE", RefusalReasons.Unknown), new RefusedCode("OFF", RefusalReasons.Unknown)], result.Refused);
    }

    [Fact]
    public void A_used_up_limit_counts_uses_held_by_unpaid_orders()
    {
        var discount = Percentage(10);
        discount.UsageLimit = 5;
        discount.Used = 3;
        discount.Reserved = 2;
        Assert.Equal(RefusalReasons.LimitReached, Evaluate([Line(1000)], ["PCT"], discount).Refused.Single().Reason);

        discount.Reserved = 1;
        Assert.Single(Evaluate([Line(1000)], ["PCT"], discount).Applied);
    }

    [Fact]
    public void A_per_customer_limit_needs_a_customer_and_counts_their_uses()
    {
        var discount = Percentage(10);
        discount.PerCustomerLimit = 1;
        var customer = Guid.NewGuid();
        Assert.Equal(RefusalReasons.NotApplicable, Evaluate([Line(1000)], ["PCT"], discount).Refused.Single().Reason);

        var request = new EvaluationRequest(customer, "EUR", [Line(1000)], ["PCT"]);
        Assert.Single(DiscountRules.Evaluate(request, [new DiscountCandidate(discount, 0)], Now).Applied);
        Assert.Equal(RefusalReasons.LimitReached, DiscountRules.Evaluate(request, [new DiscountCandidate(discount, 1)], Now).Refused.Single().Reason);
    }

    [Fact]
    public void A_category_scope_leaves_out_lines_without_a_category()
    {
        var shoes = Guid.NewGuid();
        var discount = Percentage(50);
        discount.Scope = DiscountScope.Categories;
        discount.ScopeIds = [shoes];

        var unknownCategory = Evaluate([Line(1000)], ["PCT"], discount);
        Assert.Equal(RefusalReasons.NotApplicable, unknownCategory.Refused.Single().Reason);

        var mixed = Evaluate([Line(1000, category: shoes), Line(1000), Line(1000, category: Guid.NewGuid())], ["PCT"], discount);
        Assert.Equal([500L, 0L, 0L], mixed.Lines.Select(l => l.DiscountMinor));
    }

    [Fact]
    public void A_category_scope_reaches_lines_in_its_sub_categories()
    {
        var clothing = Guid.NewGuid();
        var shoes = Guid.NewGuid();
        var discount = Percentage(50);
        discount.Scope = DiscountScope.Categories;
        discount.ScopeIds = [clothing];

        var lines = new[]
        {
            new EvaluationLine(Guid.NewGuid(), shoes, 1, 1000, [shoes, clothing]),
            new EvaluationLine(Guid.NewGuid(), null, 1, 1000, [Guid.NewGuid()]),
        };
        var result = Evaluate(lines, ["PCT"], discount);
        Assert.Equal([500L, 0L], result.Lines.Select(l => l.DiscountMinor));
    }

    [Fact]
    public void A_fixed_amount_in_another_currency_is_not_applicable()
    {
        var discount = Fixed(100);
        discount.Currency = "USD";
        Assert.Equal(RefusalReasons.NotApplicable, Evaluate([Line(1000)], ["FIXED"], discount).Refused.Single().Reason);
    }

    [Theory]
    [InlineData(10, 4, 2)]
    [InlineData(10, 5, 2)]
    [InlineData(10, 6, 2)]
    [InlineData(30, 4, 8)]
    [InlineData(30, 5, 6)]
    [InlineData(0, 7, 0)]
    public void Half_even_division_rounds_ties_to_the_even_neighbour(long numerator, long denominator, long expected) =>
        Assert.Equal(expected, HalfEven.Divide(numerator, denominator));
}
