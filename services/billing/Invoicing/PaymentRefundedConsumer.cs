using K8sShop.Billing.Data;
using K8sShop.Contracts.Checkout;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// Each refund (the whole or a part) gets a credit note correcting the order's invoice by the refunded amount (see
/// <see cref="CreditNoteAmounts"/>). The credit notes of one invoice never add up to more than its total: a refund
/// past it is credited only up to the total, and one with nothing left to credit gets no credit note (and a warning,
/// since payments refuses such refunds). Idempotent by message id and by the refund id (<c>credit:{refundId}</c>).
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

        var key = InvoiceKeys.ForRefund(message.RefundId);
        var credited = await Db.Invoices.Where(i => i.CorrectsInvoiceId == invoice.Id && i.Kind == InvoiceKind.CreditNote && i.IdempotencyKey != key)
            .SumAsync(i => (long?)i.TotalMinor, cancellationToken) ?? 0;
        var creditable = Math.Min(message.AmountMinor, invoice.TotalMinor - credited);
        if (creditable <= 0)
        {
            LogNothingLeft(logger, message.RefundId, invoice.Number, message.AmountMinor, credited);
            return;
        }

        var credit = await issuer.IssueAsync(
            new InvoiceDraft(InvoiceKind.CreditNote, key, message.OrderId, invoice.CustomerId, CreditNoteAmounts.For(invoice, creditable), invoice.Id, invoice.BillTo),
            cancellationToken);
        LogIssued(logger, credit.Number, invoice.Number, creditable, message.Currency);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refund {RefundId} of {AmountMinor} gets no credit note: invoice {InvoiceNumber} is already credited with {CreditedMinor}, its whole total")]
    private static partial void LogNothingLeft(ILogger logger, Guid refundId, string invoiceNumber, long amountMinor, long creditedMinor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Credit note {Number} issued against invoice {InvoiceNumber} for {AmountMinor} {Currency}")]
    private static partial void LogIssued(ILogger logger, string number, string invoiceNumber, long amountMinor, string currency);
}
