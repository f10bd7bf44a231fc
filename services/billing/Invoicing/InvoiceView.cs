using System.Text.Json;
using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Invoicing;

/// <summary>An issued document as JSON: its amounts (VAT including the shipping's) and the lines exactly as issued.</summary>
public sealed record InvoiceView(
    Guid Id,
    InvoiceKind Kind,
    string Number,
    Guid OrderId,
    Guid? CorrectsInvoiceId,
    string CustomerId,
    string? BillTo,
    string Currency,
    long SubtotalMinor,
    long DiscountMinor,
    long ShippingMinor,
    long TaxMinor,
    long TotalMinor,
    DateTime IssuedAtUtc,
    IReadOnlyList<PricedLine> Lines)
{
    public static InvoiceView Of(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(
            invoice.Id, invoice.Kind, invoice.Number, invoice.OrderId, invoice.CorrectsInvoiceId, invoice.CustomerId, invoice.BillTo, invoice.Currency,
            invoice.SubtotalMinor, invoice.DiscountMinor, invoice.ShippingMinor, invoice.TaxMinor, invoice.TotalMinor, invoice.IssuedAtUtc,
            JsonSerializer.Deserialize<List<PricedLine>>(invoice.LinesJson, JsonSerializerOptions.Web) ?? []);
    }
}
