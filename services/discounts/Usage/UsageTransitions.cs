using K8sShop.Discounts.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Discounts.Usage;

/// <summary>
/// Moves an order's held uses along the saga: redeem when paid, release when it fails or is cancelled before
/// payment, give back when cancelled after payment. Each use moves by a conditional UPDATE on its status, and
/// only a use that moved changes the counters, so a repeated or crossing message (payment failed and order
/// cancelled for one order) changes them once. Runs inside the consumer's transaction.
/// </summary>
public static class UsageTransitions
{
    public static async Task<int> RedeemAsync(this DiscountsDbContext db, Guid orderId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moved = 0;
        foreach (var use in await UsesAsync(db, orderId, UseStatus.Reserved, cancellationToken))
        {
            if (!await MoveAsync(db, use, UseStatus.Reserved, UseStatus.Redeemed, nowUtc, cancellationToken))
            {
                continue;
            }

            await db.Discounts.Where(d => d.Id == use.DiscountId && d.Reserved > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Reserved, d => d.Reserved - 1).SetProperty(d => d.Used, d => d.Used + 1), cancellationToken);
            await db.CustomerUsages.Where(u => u.DiscountId == use.DiscountId && u.CustomerId == use.CustomerId && u.Reserved > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Reserved, u => u.Reserved - 1).SetProperty(u => u.Used, u => u.Used + 1), cancellationToken);
            moved++;
        }

        return moved;
    }

    /// <summary>Releases held uses; with <paramref name="returnRedeemed"/> also gives back uses of a paid order.</summary>
    public static async Task<int> ReleaseAsync(this DiscountsDbContext db, Guid orderId, bool returnRedeemed, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moved = 0;
        foreach (var use in await UsesAsync(db, orderId, UseStatus.Reserved, cancellationToken))
        {
            if (await MoveAsync(db, use, UseStatus.Reserved, UseStatus.Released, nowUtc, cancellationToken))
            {
                await db.Discounts.Where(d => d.Id == use.DiscountId && d.Reserved > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Reserved, d => d.Reserved - 1), cancellationToken);
                await db.CustomerUsages.Where(u => u.DiscountId == use.DiscountId && u.CustomerId == use.CustomerId && u.Reserved > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.Reserved, u => u.Reserved - 1), cancellationToken);
                moved++;
            }
        }

        if (!returnRedeemed)
        {
            return moved;
        }

        foreach (var use in await UsesAsync(db, orderId, UseStatus.Redeemed, cancellationToken))
        {
            if (await MoveAsync(db, use, UseStatus.Redeemed, UseStatus.Returned, nowUtc, cancellationToken))
            {
                await db.Discounts.Where(d => d.Id == use.DiscountId && d.Used > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Used, d => d.Used - 1), cancellationToken);
                await db.CustomerUsages.Where(u => u.DiscountId == use.DiscountId && u.CustomerId == use.CustomerId && u.Used > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.Used, u => u.Used - 1), cancellationToken);
                moved++;
            }
        }

        return moved;
    }

    private static Task<List<DiscountUse>> UsesAsync(DiscountsDbContext db, Guid orderId, UseStatus status, CancellationToken cancellationToken) =>
        db.Uses.AsNoTracking().Where(u => u.OrderId == orderId && u.Status == status).OrderBy(u => u.DiscountId).ToListAsync(cancellationToken);

    private static async Task<bool> MoveAsync(DiscountsDbContext db, DiscountUse use, UseStatus from, UseStatus to, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.Uses.Where(u => u.OrderId == use.OrderId && u.DiscountId == use.DiscountId && u.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, to).SetProperty(u => u.UpdatedAtUtc, nowUtc), cancellationToken) == 1;
}
