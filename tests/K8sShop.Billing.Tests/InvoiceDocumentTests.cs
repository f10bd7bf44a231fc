using System.Globalization;
using System.Text.Json;
using K8sShop.Billing.Documents;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Pricing;
using UglyToad.PdfPig;
using Xunit;

namespace K8sShop.Billing.Tests;

public sealed class InvoiceDocumentTests
{
    private static readonly PriceCalculator Calculator = new(new TaxRateTable(DefaultTaxRates.Rates, DefaultTaxRates.ExportCountries), new ShippingPolicy());

    private static Invoice Issued(IEnumerable<PricingLine> lines, InvoiceKind kind = InvoiceKind.Invoice)
    {
        var amounts = Calculator.Price(new PricingRequest("EUR", "FR", [.. lines])).Breakdown!;
        return new Invoice
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Number = Invoice.FormatNumber(kind, 2026, 123),
            Year = 2026,
            Sequence = 123,
            IdempotencyKey = "invoice:test",
            OrderId = Guid.NewGuid(),
            CustomerId = "customer-1",
            Currency = "EUR",
            SubtotalMinor = amounts.SubtotalMinor,
            DiscountMinor = amounts.DiscountMinor,
            ShippingMinor = amounts.ShippingMinor,
            TaxMinor = amounts.TaxMinor + amounts.ShippingTaxMinor,
            TotalMinor = amounts.TotalMinor,
            LinesJson = JsonSerializer.Serialize(amounts.Lines, JsonSerializerOptions.Web),
            IssuedAtUtc = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc),
        };
    }

    [Fact]
    public void The_HTML_invoice_shows_number_lines_and_totals_and_encodes_every_value()
    {
        var invoice = Issued([new PricingLine(Guid.NewGuid(), 2, 1_250, TaxClasses.Reduced, Description: "Tea <script>alert(1)</script>")]);
        var html = InvoiceHtml.Render(InvoiceContent.From(invoice, CultureInfo.InvariantCulture));

        Assert.Contains("Invoice 2026-000123", html, StringComparison.Ordinal);
        Assert.Contains("Tea &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("5.5 %", html, StringComparison.Ordinal);
        Assert.Contains(MoneyText.Format(invoice.TotalMinor, "EUR", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_PDF_invoice_reads_back_with_the_same_number_and_total()
    {
        var invoice = Issued([new PricingLine(Guid.NewGuid(), 3, 999, TaxClasses.Standard, Description: "Café crème — 250 g 😀")], InvoiceKind.CreditNote);
        var pdf = InvoicePdf.Render(InvoiceContent.From(invoice, CultureInfo.InvariantCulture));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("CN-2026-000123", text, StringComparison.Ordinal);
        Assert.True(text.Contains("Café crème", StringComparison.Ordinal), text);
        Assert.True(pdf.Length < 200_000, $"{pdf.Length} bytes");
        Assert.Contains(MoneyText.Format(invoice.TotalMinor, "EUR", CultureInfo.InvariantCulture).Split(' ')[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_invoice_continues_on_further_pages()
    {
        var lines = Enumerable.Range(1, 150).Select(i => new PricingLine(Guid.NewGuid(), 1, 100 + i, TaxClasses.Standard, Description: $"Item {i}"));
        using var document = PdfDocument.Open(InvoicePdf.Render(InvoiceContent.From(Issued(lines), CultureInfo.InvariantCulture)));
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        Assert.Contains("Item 150", string.Join(' ', document.GetPages().Last().GetWords().Select(w => w.Text)) + " " + document.GetPages().Last().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12_345L, "EUR", "123.45 EUR")]
    [InlineData(-5L, "EUR", "-0.05 EUR")]
    [InlineData(1_500L, "JPY", "1,500 JPY")]
    [InlineData(1_500L, "KWD", "1.500 KWD")]
    public void Amounts_are_written_with_the_currency_decimals(long minor, string currency, string expected) =>
        Assert.Equal(expected, MoneyText.Format(minor, currency, CultureInfo.InvariantCulture));
}
