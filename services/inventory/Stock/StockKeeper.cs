using System.Data;
using K8sShop.Contracts.Stock;
using K8sShop.Inventory.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// Every change of stock. Each change is a conditional atomic UPDATE (<c>WHERE OnHand - Reserved &gt;= @qty</c>,
/// <c>WHERE Status = Reserved</c>) inside one transaction per operation, so concurrent callers can never
/// oversell, on MySQL (row locks, READ COMMITTED) and on SQLite (one writer at a time) alike. Every change
/// writes ledger entries and queues <see cref="StockLevelChanged"/> in the same transaction (outbox).
/// </summary>
public sealed partial class StockKeeper(InventoryDbContext db, TimeProvider clock, AvailabilityFeed feed, ILogger<StockKeeper> logger)
{
    private const int Attempts = 6;

    /// <summary>Holds every line of an order, or none. Repeating it for the same order changes nothing.</summary>
    public Task<ReservationResult> ReserveAsync(Guid orderId, IReadOnlyList<ReservationLine> lines, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ordered = lines.OrderBy(l => l.ProductId).ToList(); // one lock order for every caller: no deadlocks between orders
        return RetryingAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var existing = await ReservationOfAsync(orderId, cancellationToken);
            if (existing.Count > 0)
            {
                return SameLines(existing, ordered)
                    ? existing[0].Status == ReservationStatus.Reserved || existing.All(r => r.Status == ReservationStatus.Committed)
                        ? ReservationResult.Done(View(orderId, existing))
                        : ReservationResult.Conflict(View(orderId, existing), $"The reservation of order {orderId} was released; it cannot be reserved again.")
                    : ReservationResult.Conflict(View(orderId, existing), $"Order {orderId} is already reserved with other lines.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var line in ordered)
            {
                // The (order, product) key claims the order: a concurrent duplicate fails here and is retried, then finds this one.
                db.StockReservations.Add(new StockReservation
                {
                    OrderId = orderId,
                    ProductId = line.ProductId,
                    Quantity = line.Quantity,
                    Status = ReservationStatus.Reserved,
                    CreatedAtUtc = now,
                    UpdatedAtUtc = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var line in ordered)
            {
                var quantity = line.Quantity;
                var held = await db.StockLevels
                    .Where(s => s.ProductId == line.ProductId && s.OnHand - s.Reserved >= quantity)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(x => x.Reserved, x => x.Reserved + quantity)
                            .SetProperty(x => x.Version, x => x.Version + 1)
                            .SetProperty(x => x.UpdatedAtUtc, now),
                        cancellationToken);
                if (held == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return ReservationResult.Insufficient(await ShortfallsAsync(ordered, line.ProductId, cancellationToken));
                }
            }

            var changes = await RecordAsync(
                ordered.Select(l => new Change(l.ProductId, 0, l.Quantity)).ToList(), LedgerEntryKind.Reservation, orderId, actor, "order reserved", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(changes);
            return ReservationResult.Done(new ReservationView(orderId, ReservationStatus.Reserved, ordered));
        }, cancellationToken);
    }

    /// <summary>Puts a reserved order's stock back on sale. Idempotent; refused once the reservation was committed.</summary>
    public Task<ReservationResult> ReleaseAsync(Guid orderId, string actor, string reason, CancellationToken cancellationToken) =>
        TransitionAsync(orderId, ReservationStatus.Released, actor, reason, cancellationToken);

    /// <summary>Turns a reservation into a sale (on hand and reserved both go down). Idempotent; refused once released.</summary>
    public Task<ReservationResult> CommitAsync(Guid orderId, string actor, CancellationToken cancellationToken) =>
        TransitionAsync(orderId, ReservationStatus.Committed, actor, "order paid", cancellationToken);

    /// <summary>
    /// A paid order was cancelled before it shipped: its sold units go back on hand. Idempotent; refused
    /// unless the reservation was committed.
    /// </summary>
    public Task<ReservationResult> ReturnAsync(Guid orderId, string actor, string reason, CancellationToken cancellationToken) =>
        RetryingAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var rows = await ReservationOfAsync(orderId, cancellationToken);
            if (rows.Count == 0)
            {
                return ReservationResult.NotFound(orderId);
            }

            if (rows.Any(r => r.Status is ReservationStatus.Reserved or ReservationStatus.Released))
            {
                return ReservationResult.Conflict(View(orderId, rows), $"The reservation of order {orderId} was never sold; release it instead.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var changes = new List<Change>();
            foreach (var row in rows.Where(r => r.Status == ReservationStatus.Committed))
            {
                var moved = await db.StockReservations
                    .Where(r => r.OrderId == orderId && r.ProductId == row.ProductId && r.Status == ReservationStatus.Committed)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReservationStatus.Returned).SetProperty(x => x.UpdatedAtUtc, now), cancellationToken);
                if (moved == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    throw new StockChangedMeanwhileException();
                }

                await db.StockLevels.Where(s => s.ProductId == row.ProductId).ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.OnHand, x => x.OnHand + row.Quantity)
                        .SetProperty(x => x.Version, x => x.Version + 1)
                        .SetProperty(x => x.UpdatedAtUtc, now),
                    cancellationToken);
                changes.Add(new Change(row.ProductId, row.Quantity, 0));
            }

            var recorded = changes.Count == 0 ? [] : await RecordAsync(changes, LedgerEntryKind.Return, orderId, actor, reason, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(recorded);
            return ReservationResult.Done(new ReservationView(orderId, ReservationStatus.Returned, rows.Select(r => new ReservationLine(r.ProductId, r.Quantity)).ToList()));
        }, cancellationToken);

    public async Task<ReservationView?> FindReservationAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var rows = await ReservationOfAsync(orderId, cancellationToken);
        return rows.Count == 0 ? null : View(orderId, rows);
    }

    /// <summary>Goods arrived: on hand grows by <paramref name="quantity"/>.</summary>
    public Task<StockChangeResult> ReceiveAsync(Guid productId, int quantity, string actor, string reason, CancellationToken cancellationToken) =>
        RetryingAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var received = await db.StockLevels.Where(s => s.ProductId == productId).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.OnHand, x => x.OnHand + quantity)
                    .SetProperty(x => x.Version, x => x.Version + 1)
                    .SetProperty(x => x.UpdatedAtUtc, now),
                cancellationToken);
            if (received == 0)
            {
                return new StockChangeResult(StockOutcome.NotFound, null, $"No product {productId}.");
            }

            var changes = await RecordAsync([new Change(productId, quantity, 0)], LedgerEntryKind.Receipt, null, actor, reason, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(changes);
            return new StockChangeResult(StockOutcome.Done, changes[0], null);
        }, cancellationToken);

    /// <summary>A count found <paramref name="countedOnHand"/> units: on hand is set to it. Refused below what is reserved.</summary>
    public Task<StockChangeResult> CorrectAsync(Guid productId, int countedOnHand, string actor, string reason, CancellationToken cancellationToken) =>
        RetryingAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var level = await db.StockLevels.AsNoTracking().SingleOrDefaultAsync(s => s.ProductId == productId, cancellationToken);
            if (level is null)
            {
                return new StockChangeResult(StockOutcome.NotFound, null, $"No product {productId}.");
            }

            if (countedOnHand < level.Reserved)
            {
                return new StockChangeResult(StockOutcome.Conflict, StockLevelView.Of(level), $"{level.Reserved} units are reserved; on hand cannot be set below that.");
            }

            // Conditional on the version read: a change in between makes this a no-op, and the retry reads again.
            var corrected = await db.StockLevels
                .Where(s => s.ProductId == productId && s.Version == level.Version && s.Reserved <= countedOnHand)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.OnHand, countedOnHand)
                        .SetProperty(x => x.Version, x => x.Version + 1)
                        .SetProperty(x => x.UpdatedAtUtc, now),
                    cancellationToken);
            if (corrected == 0)
            {
                throw new StockChangedMeanwhileException();
            }

            var changes = await RecordAsync(
                [new Change(productId, countedOnHand - level.OnHand, 0)], LedgerEntryKind.Correction, null, actor, reason, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(changes);
            return new StockChangeResult(StockOutcome.Done, changes[0], null);
        }, cancellationToken);

    private async Task<ReservationResult> TransitionAsync(Guid orderId, ReservationStatus target, string actor, string reason, CancellationToken cancellationToken) =>
        await RetryingAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var rows = await ReservationOfAsync(orderId, cancellationToken);
            if (rows.Count == 0)
            {
                return ReservationResult.NotFound(orderId);
            }

            var refused = RefusalOf(orderId, rows, target);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var changes = new List<Change>();
            foreach (var row in rows.Where(r => r.Status == ReservationStatus.Reserved))
            {
                var moved = await db.StockReservations
                    .Where(r => r.OrderId == orderId && r.ProductId == row.ProductId && r.Status == ReservationStatus.Reserved)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, target).SetProperty(x => x.UpdatedAtUtc, now), cancellationToken);
                if (moved == 0)
                {
                    // A concurrent call moved this line first; READ COMMITTED lets us see where it went.
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    throw new StockChangedMeanwhileException();
                }

                var quantity = row.Quantity;
                var onHandDelta = target == ReservationStatus.Committed ? -quantity : 0;
                var stocked = await db.StockLevels
                    .Where(s => s.ProductId == row.ProductId && s.Reserved >= quantity && s.OnHand >= -onHandDelta)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(x => x.OnHand, x => x.OnHand + onHandDelta)
                            .SetProperty(x => x.Reserved, x => x.Reserved - quantity)
                            .SetProperty(x => x.Version, x => x.Version + 1)
                            .SetProperty(x => x.UpdatedAtUtc, now),
                        cancellationToken);
                if (stocked == 0)
                {
                    throw new InvalidOperationException($"Stock of product {row.ProductId} does not hold the {quantity} units reserved for order {orderId}.");
                }

                changes.Add(new Change(row.ProductId, onHandDelta, -quantity));
            }

            var kind = target == ReservationStatus.Committed ? LedgerEntryKind.Sale : LedgerEntryKind.Release;
            var recorded = await RecordAsync(changes, kind, orderId, actor, reason, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(recorded);
            return ReservationResult.Done(new ReservationView(orderId, target, rows.Select(r => new ReservationLine(r.ProductId, r.Quantity)).ToList()));
        }, cancellationToken);

    private static ReservationResult? RefusalOf(Guid orderId, List<StockReservation> rows, ReservationStatus target)
    {
        var other = target == ReservationStatus.Committed ? ReservationStatus.Released : ReservationStatus.Committed;
        if (rows.All(r => r.Status != other && r.Status != ReservationStatus.Returned))
        {
            return null;
        }

        var detail = target == ReservationStatus.Released
            ? $"The reservation of order {orderId} was committed (the order is paid); it can no longer be released."
            : $"The reservation of order {orderId} was released; it can no longer be committed.";
        return ReservationResult.Conflict(View(orderId, rows), detail);
    }

    private Task<List<StockReservation>> ReservationOfAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.StockReservations.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.ProductId).ToListAsync(cancellationToken);

    private static bool SameLines(List<StockReservation> existing, List<ReservationLine> ordered) =>
        existing.Count == ordered.Count
        && existing.Zip(ordered).All(pair => pair.First.ProductId == pair.Second.ProductId && pair.First.Quantity == pair.Second.Quantity);

    private static ReservationView View(Guid orderId, List<StockReservation> rows)
    {
        // Lines of one order move together; a mix only exists for an instant inside a transaction.
        var status = rows.Any(r => r.Status == ReservationStatus.Returned) ? ReservationStatus.Returned
            : rows.Any(r => r.Status == ReservationStatus.Committed) ? ReservationStatus.Committed
            : rows.Any(r => r.Status == ReservationStatus.Reserved) ? ReservationStatus.Reserved
            : ReservationStatus.Released;
        return new ReservationView(orderId, status, rows.Select(r => new ReservationLine(r.ProductId, r.Quantity)).ToList());
    }

    private async Task<List<StockShortfall>> ShortfallsAsync(List<ReservationLine> lines, Guid failed, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.ProductId).ToList();
        var levels = await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId)).ToDictionaryAsync(s => s.ProductId, cancellationToken);
        return lines
            .Select(l => levels.TryGetValue(l.ProductId, out var level)
                ? new StockShortfall(l.ProductId, l.Quantity, Math.Max(0, level.Available), true)
                : new StockShortfall(l.ProductId, l.Quantity, 0, false))
            .Where(s => !s.KnownProduct || s.Available < s.Requested || s.ProductId == failed)
            .ToList();
    }

    /// <summary>Ledger entries and <see cref="StockLevelChanged"/> messages for changes already applied in this transaction.</summary>
    private async Task<List<StockLevelView>> RecordAsync(
        List<Change> changes, LedgerEntryKind kind, Guid? orderId, string actor, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var ids = changes.Select(c => c.ProductId).ToList();
        var levels = await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId)).ToDictionaryAsync(s => s.ProductId, cancellationToken);
        var views = new List<StockLevelView>();
        foreach (var change in changes)
        {
            var level = levels[change.ProductId];
            db.StockLedger.Add(new StockLedgerEntry
            {
                ProductId = change.ProductId,
                Kind = kind,
                OnHandDelta = change.OnHandDelta,
                ReservedDelta = change.ReservedDelta,
                OnHandAfter = level.OnHand,
                ReservedAfter = level.Reserved,
                OrderId = orderId,
                Actor = actor,
                Reason = reason,
                AtUtc = now,
            });
            db.Publish(new StockLevelChanged(level.ProductId, level.OnHand, level.Reserved, level.Available, level.Version, new DateTimeOffset(now, TimeSpan.Zero)));
            views.Add(StockLevelView.Of(level));
        }

        return views;
    }

    private async Task<T> RetryingAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception ex) when (attempt < Attempts && IsTransientConflict(ex))
            {
                db.ChangeTracker.Clear();
                LogRetry(logger, attempt, ex);
#pragma warning disable CA5394 // jitter, not security
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
#pragma warning restore CA5394
            }
        }
    }

    /// <summary>Deadlocks, lock timeouts, a lost race on a key or a changed version: run the whole operation again.</summary>
    private static bool IsTransientConflict(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StockChangedMeanwhileException:
                case MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout or MySqlErrorCode.DuplicateKeyEntry }:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                case SqliteException { SqliteExtendedErrorCode: 1555 }: // SQLITE_CONSTRAINT_PRIMARYKEY
                    return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stock operation met a concurrent change; attempt {Attempt} is repeated")]
    private static partial void LogRetry(ILogger logger, int attempt, Exception exception);

    private sealed record Change(Guid ProductId, int OnHandDelta, int ReservedDelta);
}
