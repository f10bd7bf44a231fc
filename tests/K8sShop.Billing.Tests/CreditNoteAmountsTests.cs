using System.Text.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Pricing;
using Xunit;

namespace K8sShop.Billing.Tests;

public sealed class CreditNoteAmountsTests
{
    private static readonly PriceCalculator Calculator = new(new TaxRateTable(DefaultTaxRates.Rates, DefaultTaxRates.ExportCountries), new ShippingPolicy());

    private static Invoice Issued(params PricingLine[] lines)
    {
        var amounts = Calculator.Price(new PricingRequest("EUR", "FR", lines)).Breakdown!;
        return new Invoice
        {
            Number = "2026-000001",
            IdempotencyKey = "invoice:test",
            CustomerId = "c",
            Currency = "EUR",
            SubtotalMinor = amounts.SubtotalMinor,
            DiscountMinor = amounts.DiscountMinor,
            ShippingMinor = amounts.ShippingMinor,
            TaxMinor = amounts.TaxMinor + amounts.ShippingTaxMinor,
            TotalMinor = amounts.TotalMinor,
            LinesJson = JsonSerializer.Serialize(amounts.Lines, JsonSerializerOptions.Web),
        };
    }

    [Fact]
    public void A_full_refund_reverses_the_invoice_exactly()
    {
        var invoice = Issued(new PricingLine(Guid.NewGuid(), 3, 999, TaxClasses.Standard), new PricingLine(Guid.NewGuid(), 1, 450, TaxClasses.Reduced));
        var credit = CreditNoteAmounts.For(invoice, invoice.TotalMinor);
        Assert.Equal((invoice.SubtotalMinor, invoice.ShippingMinor, invoice.TaxMinor, invoice.TotalMinor), (credit.SubtotalMinor, credit.ShippingMinor, credit.TaxMinor + credit.ShippingTaxMinor, credit.TotalMinor));
    }

    [Fact]
    public void Half_a_refund_takes_half_of_each_line_and_of_shipping_with_their_own_VAT()
    {
        // 10.00 net at 20 % = 12.00, shipping 4.90 + 0.98 = 5.88; total 17.88, half is 8.94 = 6.00 + 2.94.
        var invoice = Issued(new PricingLine(Guid.NewGuid(), 1, 1_000, TaxClasses.Standard));
        var credit = CreditNoteAmounts.For(invoice, 894);
        var line = Assert.Single(credit.Lines);
        Assert.Equal((500L, 100L, 600L), (line.NetMinor, line.TaxMinor, line.GrossMinor));
        Assert.Equal((245L, 49L, 894L), (credit.ShippingMinor, credit.ShippingTaxMinor, credit.TotalMinor));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(333L)]
    [InlineData(1_799L)]
    public void Any_partial_refund_credits_exactly_the_refunded_amount(long refund)
    {
        var invoice = Issued(new PricingLine(Guid.NewGuid(), 2, 1_250, TaxClasses.Standard), new PricingLine(Guid.NewGuid(), 4, 499, TaxClasses.Reduced));
        var credit = CreditNoteAmounts.For(invoice, refund);
        Assert.Equal(refund, credit.TotalMinor);
        Assert.Equal(refund, credit.SubtotalMinor + credit.ShippingMinor + credit.TaxMinor + credit.ShippingTaxMinor);
        Assert.All(credit.Lines, l => Assert.Equal(l.GrossMinor, l.NetMinor + l.TaxMinor));
    }
}
