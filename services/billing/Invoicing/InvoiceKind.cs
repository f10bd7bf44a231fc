namespace K8sShop.Billing.Invoicing;

/// <summary>An invoice, or a credit note that reverses (part of) one on refund. Each kind has its own number series.</summary>
public enum InvoiceKind
{
    Invoice,
    CreditNote,
}
