using K8sShop.Billing.Pricing;
using Xunit;

namespace K8sShop.Billing.Tests;

public sealed class PriceCalculatorTests
{
    private static readonly PriceCalculator Calculator = new(
        new TaxRateTable(DefaultTaxRates.Rates, DefaultTaxRates.ExportCountries),
        new ShippingPolicy { FlatFeeMinor = 490, FreeFromMinor = 5_000 });

    private static PricingLine Line(long unitNet, int quantity = 1, string taxClass = TaxClasses.Standard, long lineDiscount = 0) =>
        new(Guid.NewGuid(), quantity, unitNet, taxClass, lineDiscount);

    private static PriceBreakdown Priced(PricingRequest request)
    {
        var result = Calculator.Price(request);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Breakdown!;
    }

    [Fact]
    public void French_VAT_is_applied_per_tax_class()
    {
        var priced = Priced(new("EUR", "FR", [Line(1_000), Line(1_000, taxClass: TaxClasses.Intermediate), Line(1_000, taxClass: TaxClasses.Reduced)]));
        Assert.Equal([200L, 100L, 55L], priced.Lines.Select(l => l.TaxMinor));
        Assert.Equal(3_000, priced.SubtotalMinor);
        Assert.Equal(355, priced.TaxMinor);
        Assert.Equal(490, priced.ShippingMinor);
        Assert.Equal(98, priced.ShippingTaxMinor);
        Assert.Equal(3_000 + 355 + 490 + 98, priced.TotalMinor);
    }

    [Fact]
    public void VAT_is_rounded_per_line_half_to_even()
    {
        // 5.5 % of 1.90 = 10.45 cents → 10; of 4.50 = 24.75 cents → 25; of 0.10 = 0.55 cent → 1.
        var priced = Priced(new("EUR", "FR", [Line(190, taxClass: TaxClasses.Reduced), Line(450, taxClass: TaxClasses.Reduced), Line(10, taxClass: TaxClasses.Reduced)], FreeShipping: true));
        Assert.Equal([10L, 25L, 1L], priced.Lines.Select(l => l.TaxMinor));

        // Exact ties: 20 % of 0.025 is impossible in cents, but 10 % of 0.05 = 0.005 → 0 and 10 % of 0.15 = 0.015 → 0.02.
        var ties = Priced(new("EUR", "FR", [Line(5, taxClass: TaxClasses.Intermediate), Line(15, taxClass: TaxClasses.Intermediate)], FreeShipping: true));
        Assert.Equal([0L, 2L], ties.Lines.Select(l => l.TaxMinor));
    }

    [Fact]
    public void An_order_discount_is_spread_over_lines_by_largest_remainder_and_taxed_per_line()
    {
        // 1.00 off three equal lines of 10.00: 34 + 33 + 33 cents, the extra cent to the first line.
        var priced = Priced(new("EUR", "FR", [Line(1_000), Line(1_000), Line(1_000)], OrderDiscountMinor: 100));
        Assert.Equal([34L, 33L, 33L], priced.Lines.Select(l => l.DiscountMinor));
        Assert.Equal([193L, 193L, 193L], priced.Lines.Select(l => l.TaxMinor)); // 966 → 193.2 → 193; 967 → 193.4 → 193
        Assert.Equal(100, priced.DiscountMinor);
    }

    [Fact]
    public void Totals_always_add_up()
    {
        var random = new Random(42);
        for (var round = 0; round < 500; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Line(random.Next(1, 20_000), random.Next(1, 5), TaxClasses.All[random.Next(3)])).ToList();
            var subtotal = lines.Sum(l => l.UnitNetMinor * l.Quantity);
            var priced = Priced(new("EUR", "DE", lines, OrderDiscountMinor: random.NextInt64(0, subtotal + 1)));
            Assert.Equal(priced.SubtotalMinor - priced.DiscountMinor + priced.TaxMinor + priced.ShippingMinor + priced.ShippingTaxMinor, priced.TotalMinor);
            Assert.Equal(priced.TaxMinor, priced.Lines.Sum(l => l.TaxMinor));
            Assert.All(priced.Lines, l => Assert.InRange(l.DiscountMinor, 0, l.NetMinor));
        }
    }

    [Fact]
    public void Shipping_is_free_from_the_threshold_on_the_discounted_subtotal()
    {
        Assert.Equal(0, Priced(new("EUR", "FR", [Line(5_000)])).ShippingMinor);
        Assert.Equal(490, Priced(new("EUR", "FR", [Line(5_000)], OrderDiscountMinor: 1)).ShippingMinor);
        Assert.Equal(0, Priced(new("EUR", "FR", [Line(100)], FreeShipping: true)).ShippingMinor);
    }

    [Fact]
    public void Exports_are_zero_rated()
    {
        var priced = Priced(new("EUR", "US", [Line(1_000), Line(1_000, taxClass: TaxClasses.Reduced)]));
        Assert.Equal(0, priced.TaxMinor);
        Assert.Equal(0, priced.ShippingTaxMinor);
        Assert.Equal(1_000 + 1_000 + 490, priced.TotalMinor);
    }

    [Theory]
    [InlineData("eur", "FR", 1, 100, "standard", 0, 0, "currency")]
    [InlineData("EUR", "XX", 1, 100, "standard", 0, 0, "shippingCountry")]
    [InlineData("EUR", "FR", 0, 100, "standard", 0, 0, "lines[0].quantity")]
    [InlineData("EUR", "FR", 10_001, 100, "standard", 0, 0, "lines[0].quantity")]
    [InlineData("EUR", "FR", 1, -1, "standard", 0, 0, "lines[0].unitNetMinor")]
    [InlineData("EUR", "FR", 1, 100, "luxury", 0, 0, "lines[0].taxClass")]
    [InlineData("EUR", "FR", 1, 100, "standard", 101, 0, "lines[0].lineDiscountMinor")]
    [InlineData("EUR", "FR", 1, 100, "standard", 0, 101, "orderDiscountMinor")]
    [InlineData("EUR", "FR", 1, 100, "standard", 0, -1, "orderDiscountMinor")]
    public void Bad_input_is_refused_with_the_field_named(string currency, string country, int quantity, long unitNet, string taxClass, long lineDiscount, long orderDiscount, string field)
    {
        var result = Calculator.Price(new(currency, country, [new PricingLine(Guid.NewGuid(), quantity, unitNet, taxClass, lineDiscount)], orderDiscount));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void An_order_without_lines_is_refused() =>
        Assert.Contains(Calculator.Price(new("EUR", "FR", [])).Errors, e => e.Field == "lines");

    [Fact]
    public void Allocation_hands_out_exactly_the_amount()
    {
        Assert.Equal([1L, 1L, 0L], PriceCalculator.Allocate(2, [1, 1, 1]));
        Assert.Equal([0L, 0L, 0L], PriceCalculator.Allocate(0, [5, 5, 5]));
        Assert.Equal([3L, 7L], PriceCalculator.Allocate(10, [30, 70]));
        Assert.Equal(999L, PriceCalculator.Allocate(999, [333, 1, 7777, 12]).Sum());
    }
}
