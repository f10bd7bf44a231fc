using System.Data;
using System.Text.Json;
using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Data;
using K8sShop.Discounts.Evaluation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace K8sShop.Discounts.Usage;

/// <summary>
/// Reserves one use of each limited discount an order gets, in one transaction per order. Each hold is a
/// conditional atomic UPDATE (<c>WHERE Used + Reserved &lt; UsageLimit</c>, then the same on the customer's
/// counter), so concurrent orders can never use more than the limit, on MySQL (the discount row stays locked
/// until commit) and on SQLite (one writer at a time) alike. When a hold fails the transaction is rolled back
/// and the order evaluated again with that discount refused as <c>limit-reached</c>.
/// </summary>
public sealed partial class UsageLedger(DiscountsDbContext db, DiscountEvaluator evaluator, TimeProvider clock, ILogger<UsageLedger> logger)
{
    private const int Attempts = 8;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Evaluates and reserves; a repeated call for the same order returns the first answer and holds nothing more.</summary>
    public async Task<EvaluationResult> ReserveAsync(Guid orderId, EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refusedMeanwhile = new Dictionary<Guid, string>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await TryReserveAsync(orderId, request, refusedMeanwhile, cancellationToken);
                if (result is not null)
                {
                    return result;
                }
            }
            catch (Exception ex) when (attempt < Attempts && IsTransientConflict(ex))
            {
                LogRetry(logger, orderId, attempt, ex);
#pragma warning disable CA5394 // jitter, not security
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
#pragma warning restore CA5394
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>One attempt; null when a hold failed (then <paramref name="refusedMeanwhile"/> names the discount and the caller goes again).</summary>
    private async Task<EvaluationResult?> TryReserveAsync(
        Guid orderId, EvaluationRequest request, Dictionary<Guid, string> refusedMeanwhile, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var known = await db.PricedOrders.AsNoTracking().SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);
        if (known is not null)
        {
            return JsonSerializer.Deserialize<EvaluationResult>(known.AnswerJson, Json)!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var claim = new PricedOrder { OrderId = orderId, CreatedAtUtc = now };
        db.PricedOrders.Add(claim);
        await db.SaveChangesAsync(cancellationToken); // the key claims the order: a concurrent duplicate fails here, retries, then finds this one

        var candidates = await evaluator.CandidatesAsync(request, cancellationToken);
        var result = DiscountRules.Evaluate(request, candidates, now, refusedMeanwhile);
        var limited = candidates.Select(c => c.Discount).Where(d => d.IsLimited).ToDictionary(d => d.Id);
        foreach (var applied in result.Applied.OrderBy(a => a.DiscountId)) // one lock order for every caller: no deadlocks between orders
        {
            if (!limited.TryGetValue(applied.DiscountId, out var discount))
            {
                continue;
            }

            if (!await TryHoldAsync(discount, request.CustomerId, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                refusedMeanwhile[discount.Id] = RefusalReasons.LimitReached;
                return null;
            }

            db.Uses.Add(new DiscountUse
            {
                OrderId = orderId,
                DiscountId = discount.Id,
                CustomerId = discount.PerCustomerLimit is null ? null : request.CustomerId,
                Status = UseStatus.Reserved,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            });
        }

        claim.AnswerJson = JsonSerializer.Serialize(result, Json);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<bool> TryHoldAsync(Discount discount, Guid? customerId, CancellationToken cancellationToken)
    {
        var id = discount.Id;
        var held = await db.Discounts
            .Where(d => d.Id == id && d.IsActive && (d.UsageLimit == null || d.Used + d.Reserved < d.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Reserved, d => d.Reserved + 1), cancellationToken);
        if (held == 0)
        {
            return false;
        }

        if (discount.PerCustomerLimit is not { } perCustomer || customerId is not { } customer)
        {
            return true;
        }

        // This transaction now holds the discount row, so no other reservation of it can insert the same counter meanwhile.
        if (!await db.CustomerUsages.AnyAsync(u => u.DiscountId == id && u.CustomerId == customer, cancellationToken))
        {
            db.CustomerUsages.Add(new CustomerUsage { DiscountId = id, CustomerId = customer });
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.CustomerUsages
            .Where(u => u.DiscountId == id && u.CustomerId == customer && u.Used + u.Reserved < perCustomer)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Reserved, u => u.Reserved + 1), cancellationToken) == 1;
    }

    /// <summary>Deadlocks, lock timeouts and a lost race on the order's key: run the whole reservation again.</summary>
    private static bool IsTransientConflict(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout or MySqlErrorCode.DuplicateKeyEntry }:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                case SqliteException { SqliteExtendedErrorCode: 1555 }: // SQLITE_CONSTRAINT_PRIMARYKEY
                    return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reserving discounts for order {OrderId} met a concurrent change; attempt {Attempt} is repeated")]
    private static partial void LogRetry(ILogger logger, Guid orderId, int attempt, Exception exception);
}
