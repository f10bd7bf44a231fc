using System.Text.Json;
using K8sShop.Billing.Data;
using K8sShop.Contracts;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// Issues an invoice or credit note with the next number of its series, and publishes
/// <see cref="InvoiceIssued"/> through the outbox, all in one transaction (the caller's, when it has one open). Idempotent by the draft's key.
/// </summary>
public sealed class InvoiceIssuer(BillingDbContext db, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<Invoice> IssueAsync(InvoiceDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a message consumer's transaction (with its inbox row): a deadlock or a concurrent duplicate
            // aborts the whole transaction, so the bus redelivers the message rather than this method retrying.
            return await IssueOnceAsync(draft, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IssueOnceAsync(draft, cancellationToken);
            }
            catch (Exception ex) when (attempt < MaxAttempts && (Deadlocks.Caused(ex) || ex is DbUpdateException))
            {
                // A deadlock creating a year's counter, or the same draft issued concurrently (its key is
                // unique): start again; the next attempt finds the counter, or the invoice, in place.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Invoice> IssueOnceAsync(InvoiceDraft draft, CancellationToken cancellationToken)
    {
        var existing = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.IdempotencyKey == draft.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var issuedAt = clock.GetUtcNow();
        var sequence = await InvoiceNumbers.NextAsync(db, draft.Kind, issuedAt.Year, cancellationToken);
        var amounts = draft.Amounts;
        var invoice = new Invoice
        {
            Id = Guid.CreateVersion7(issuedAt),
            Kind = draft.Kind,
            Number = Invoice.FormatNumber(draft.Kind, issuedAt.Year, sequence),
            Year = issuedAt.Year,
            Sequence = sequence,
            IdempotencyKey = draft.IdempotencyKey,
            OrderId = draft.OrderId,
            CorrectsInvoiceId = draft.CorrectsInvoiceId,
            CustomerId = draft.CustomerId,
            BillTo = draft.BillTo,
            Currency = amounts.Currency,
            SubtotalMinor = amounts.SubtotalMinor,
            DiscountMinor = amounts.DiscountMinor,
            ShippingMinor = amounts.ShippingMinor,
            TaxMinor = amounts.TaxMinor + amounts.ShippingTaxMinor,
            TotalMinor = amounts.TotalMinor,
            LinesJson = JsonSerializer.Serialize(amounts.Lines, JsonSerializerOptions.Web),
            IssuedAtUtc = issuedAt.UtcDateTime,
        };
        db.Invoices.Add(invoice);
        db.Publish(new InvoiceIssued(invoice.Id, invoice.Number, draft.Kind == InvoiceKind.CreditNote, draft.OrderId, draft.CustomerId, amounts.TotalMinor, amounts.Currency, issuedAt));
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return invoice;
    }
}
