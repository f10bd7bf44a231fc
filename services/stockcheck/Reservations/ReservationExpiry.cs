using K8sShop.Contracts.Stock;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// Releases reservations nobody paid for in time and publishes <see cref="ReservationExpired"/> once per
/// order: the status moves Reserved → Expired with a conditional UPDATE in the same transaction as the
/// outbox message, so two replicas (or a payment arriving at the same moment) cannot both win.
/// </summary>
public sealed partial class ReservationExpiry(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<StockcheckOptions> options, ILogger<ReservationExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.ExpiryScanInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await ExpireDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Inventory or the database is away: the next round tries again.
                LogRoundFailed(logger, ex);
            }
        }
    }

    /// <returns>How many reservations this call expired.</returns>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StockcheckDbContext>();
        var inventory = scope.ServiceProvider.GetRequiredService<InventoryClient>();
        var now = clock.GetUtcNow();
        var due = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == OrderReservationStatus.Reserved && r.ExpiresAtUtc <= now.UtcDateTime)
            .OrderBy(r => r.ExpiresAtUtc)
            .Select(r => r.OrderId)
            .Take(100)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var orderId in due)
        {
            var answer = await inventory.ReleaseAsync(orderId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (answer == InventoryAnswer.Conflict)
            {
                // Committed in inventory meanwhile: the order was paid, the stock is sold.
                await db.LeaveReservedAsync(orderId, OrderReservationStatus.Committed, now.UtcDateTime, cancellationToken);
            }
            else if (await db.LeaveReservedAsync(orderId, OrderReservationStatus.Expired, now.UtcDateTime, cancellationToken))
            {
                db.Publish(new ReservationExpired(orderId, now));
                expired++;
                LogExpired(logger, orderId);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reservation of order {OrderId} expired unpaid; its stock is released")]
    private static partial void LogExpired(ILogger logger, Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring reservations failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
