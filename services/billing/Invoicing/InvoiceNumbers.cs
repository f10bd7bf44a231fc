using K8sShop.Billing.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Invoicing;

/// <summary>Hands out the next number of a series; call it inside the transaction that saves the invoice.</summary>
public static class InvoiceNumbers
{
    public static async Task<int> NextAsync(BillingDbContext db, InvoiceKind kind, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Invoice numbers are only gap-free inside the invoice's transaction.");
        }

        // The conditional increment takes the row lock that serialises concurrent invoices until commit.
        var updated = await IncrementAsync(db, kind, year, cancellationToken);
        if (updated == 0)
        {
            // The year's first invoice: create its counter (a concurrent creator is ignored) and increment.
            var insert = db.Database.IsSqlite()
                ? "INSERT OR IGNORE INTO invoice_counters (Kind, Year, LastNumber) VALUES ({0}, {1}, 0)"
                : "INSERT IGNORE INTO invoice_counters (Kind, Year, LastNumber) VALUES ({0}, {1}, 0)";
            await db.Database.ExecuteSqlRawAsync(insert, [(int)kind, year], cancellationToken);
            await IncrementAsync(db, kind, year, cancellationToken);
        }

        return await db.InvoiceCounters
            .Where(c => c.Kind == kind && c.Year == year)
            .Select(c => c.LastNumber)
            .SingleAsync(cancellationToken);
    }

    private static Task<int> IncrementAsync(BillingDbContext db, InvoiceKind kind, int year, CancellationToken cancellationToken) =>
        db.InvoiceCounters
            .Where(c => c.Kind == kind && c.Year == year)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
}
