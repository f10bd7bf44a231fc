using K8sShop.Billing.Data;
using K8sShop.Contracts.Checkout;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// A refund gets a credit note correcting the order's invoice by the refunded amount (see
/// <see cref="CreditNoteAmounts"/>). Idempotent by message id and by the refund id (<c>credit:{refundId}</c>).
/// </summary>
public sealed partial class PaymentRefundedConsumer(Inbox<BillingDbContext> inbox, InvoiceIssuer issuer, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, BillingDbContext>(inbox)
{
    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        var invoice = await Db.Invoices.AsNoTracking()
            .SingleOrDefaultAsync(i => i.OrderId == message.OrderId && i.Kind == InvoiceKind.Invoice, cancellationToken)
            // A refund of an order whose invoice is not issued yet (its OrderPaid still queued): the bus retries later.
            ?? throw new InvalidOperationException($"Order {message.OrderId} was refunded but has no invoice yet.");
        if (!string.Equals(invoice.Currency, message.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refund {message.RefundId} is in {message.Currency}, invoice {invoice.Number} in {invoice.Currency}.");
        }

        var credit = await issuer.IssueAsync(
            new InvoiceDraft(InvoiceKind.CreditNote, InvoiceKeys.ForRefund(message.RefundId), message.OrderId, invoice.CustomerId, CreditNoteAmounts.For(invoice, message.AmountMinor), invoice.Id, invoice.BillTo),
            cancellationToken);
        LogIssued(logger, credit.Number, invoice.Number, message.AmountMinor, message.Currency);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credit note {Number} issued against invoice {InvoiceNumber} for {AmountMinor} {Currency}")]
    private static partial void LogIssued(ILogger logger, string number, string invoiceNumber, long amountMinor, string currency);
}
