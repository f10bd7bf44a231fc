using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Invoicing;

/// <summary>What to put on a new invoice or credit note: the priced order and who it is for.</summary>
public sealed record InvoiceDraft(
    InvoiceKind Kind,
    string IdempotencyKey,
    Guid OrderId,
    string CustomerId,
    PriceBreakdown Amounts,
    Guid? CorrectsInvoiceId = null,
    string? BillTo = null);
