namespace K8sShop.Billing.Invoicing;

/// <summary>
/// An issued invoice or credit note. Immutable once saved (BillingDbContext refuses updates and
/// deletes); corrections are credit notes, as accounting law wants.
/// </summary>
public sealed class Invoice
{
    public Guid Id { get; init; }

    public InvoiceKind Kind { get; init; }

    /// <summary><c>2026-000123</c> for invoices, <c>CN-2026-000001</c> for credit notes.</summary>
    public required string Number { get; init; }

    public int Year { get; init; }

    public int Sequence { get; init; }

    /// <summary>The order invoiced or refunded.</summary>
    public Guid OrderId { get; init; }

    /// <summary>
    /// Unique: <c>invoice:{orderId}</c> or <c>credit:{refundId}</c>. A redelivered "order paid" or
    /// "refunded" message therefore finds the document it already caused instead of issuing another.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>For a credit note: the invoice it corrects.</summary>
    public Guid? CorrectsInvoiceId { get; init; }

    public required string CustomerId { get; init; }

    /// <summary>The billing address as printed (one line), when the order had one.</summary>
    public string? BillTo { get; init; }

    public required string Currency { get; init; }

    public long SubtotalMinor { get; init; }

    public long DiscountMinor { get; init; }

    public long ShippingMinor { get; init; }

    public long TaxMinor { get; init; }

    public long TotalMinor { get; init; }

    /// <summary>The priced lines as issued, kept verbatim so the document never changes with the catalog.</summary>
    public required string LinesJson { get; init; }

    public DateTime IssuedAtUtc { get; init; }

    public static string FormatNumber(InvoiceKind kind, int year, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(kind == InvoiceKind.CreditNote ? "CN-" : "")}{year}-{sequence:D6}");
}
