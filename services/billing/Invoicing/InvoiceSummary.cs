namespace K8sShop.Billing.Invoicing;

/// <summary>An invoice or credit note in a list: enough to show it and link its documents.</summary>
public sealed record InvoiceSummary(
    Guid Id,
    InvoiceKind Kind,
    string Number,
    Guid OrderId,
    Guid? CorrectsInvoiceId,
    string CustomerId,
    string Currency,
    long TotalMinor,
    DateTime IssuedAtUtc)
{
    public static InvoiceSummary Of(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.Id, invoice.Kind, invoice.Number, invoice.OrderId, invoice.CorrectsInvoiceId, invoice.CustomerId, invoice.Currency, invoice.TotalMinor, invoice.IssuedAtUtc);
    }
}
