namespace K8sShop.Billing.Invoicing;

/// <summary>
/// The last number given in one series and year. Incremented inside the invoice's own transaction,
/// so the row lock serialises concurrent invoices and a rollback gives the number back: no gaps.
/// </summary>
public sealed class InvoiceCounter
{
    public InvoiceKind Kind { get; set; }

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
