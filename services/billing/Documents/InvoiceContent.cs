using System.Globalization;
using System.Text.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Documents;

/// <summary>
/// The text of an invoice, decided once and laid out twice (HTML and PDF), so both documents say the
/// same thing. English labels; amounts formatted for the chosen culture.
/// </summary>
public sealed record InvoiceContent(string Title, IReadOnlyList<(string Label, string Value)> Header, IReadOnlyList<string[]> Lines, IReadOnlyList<(string Label, string Value)> Totals)
{
    public static readonly string[] LineColumns = ["Item", "Qty", "Unit (net)", "VAT", "Discount", "Net", "Total"];

    public static InvoiceContent From(Invoice invoice, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        string Money(long minor) => MoneyText.Format(minor, invoice.Currency, culture);
        var lines = JsonSerializer.Deserialize<List<PricedLine>>(invoice.LinesJson, JsonSerializerOptions.Web) ?? [];
        var title = invoice.Kind == InvoiceKind.CreditNote ? "Credit note" : "Invoice";
        return new InvoiceContent(
            $"{title} {invoice.Number}",
            [
                ("Number", invoice.Number),
                ("Date", invoice.IssuedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("Order", invoice.OrderId.ToString()),
                ("Customer", invoice.CustomerId),
                .. invoice.BillTo is null ? Array.Empty<(string, string)>() : [("Bill to", invoice.BillTo)],
            ],
            [.. lines.Select(l => new[]
            {
                string.IsNullOrEmpty(l.Description) ? l.ProductId.ToString() : l.Description,
                l.Quantity.ToString(culture),
                Money(l.UnitNetMinor),
                MoneyText.Rate(l.TaxBasisPoints, culture),
                Money(l.DiscountMinor),
                Money(l.NetMinor - l.DiscountMinor),
                Money(l.GrossMinor),
            })],
            [
                ("Subtotal (net)", Money(invoice.SubtotalMinor)),
                ("Discounts", Money(-invoice.DiscountMinor)),
                ("Shipping (net)", Money(invoice.ShippingMinor)),
                ("VAT", Money(invoice.TaxMinor)),
                ("Total", Money(invoice.TotalMinor)),
            ]);
    }
}
