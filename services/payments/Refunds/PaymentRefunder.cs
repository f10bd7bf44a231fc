using K8sShop.Contracts.Checkout;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Refunds;

/// <summary>
/// Refunds an order's captured payment, wholly or in parts, through the provider that took it. Each refund is
/// recorded before the provider call under a key per refund request (<see cref="RefundPayment.RequestKey"/>), so a
/// repeated request refunds once and answers the same; a part that would take the refunds (succeeded or under way)
/// past the captured amount is refused. The payment is Refunded once the whole amount is back.
/// </summary>
public sealed class PaymentRefunder(PaymentsDbContext db, ProviderAttempts attempts, TimeProvider clock)
{
    private static readonly string Consumer = typeof(RefundPaymentConsumer).FullName!;

    public async Task RefundAsync(RefundPayment message, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await Deliveries.SeenAsync(db, Consumer, messageId, cancellationToken))
        {
            return;
        }

        var now = StoredTime.Now(clock);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null || payment.Status is not (PaymentStatus.Succeeded or PaymentStatus.Refunded) || payment.ProviderReference is null)
        {
            await RefuseAsync(message, ShopperReasons.NothingToRefund, messageId, now, cancellationToken);
            return;
        }

        var key = KeyFor(message);
        // The sum is read before this request's own refund is looked up, never after: a copy of this message
        // handled at the same moment may commit that refund in between, and a sum read later would count it
        // and refuse this copy as too large. Read first, a refund committed meanwhile is found below instead.
        var committed = await db.Refunds.Where(r => r.PaymentId == payment.Id && r.Status != RefundStatus.Failed).SumAsync(r => (long?)r.AmountMinor, cancellationToken) ?? 0;
        var refund = await db.Refunds.SingleOrDefaultAsync(r => r.PaymentId == payment.Id && r.IdempotencyKey == key, cancellationToken);
        if (refund is null)
        {
            if (message.AmountMinor <= 0 || message.AmountMinor > payment.AmountMinor - committed
                || !string.Equals(message.Currency, payment.Currency, StringComparison.OrdinalIgnoreCase))
            {
                await RefuseAsync(message, ShopperReasons.RefundTooLarge, messageId, now, cancellationToken);
                return;
            }

            refund = new Refund
            {
                Id = Guid.CreateVersion7(now),
                PaymentId = payment.Id,
                OrderId = payment.OrderId,
                AmountMinor = message.AmountMinor,
                Currency = payment.Currency,
                Reason = message.Reason.Length > 300 ? message.Reason[..300] : message.Reason,
                IdempotencyKey = key,
                Status = RefundStatus.Pending,
                CreatedAtUtc = now.UtcDateTime,
            };
            db.Refunds.Add(refund);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (refund.Status != RefundStatus.Pending)
        {
            Publish(refund, message.RefundRequestId);
            Deliveries.Remember(db, Consumer, messageId, now);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var result = await attempts.RefundAsync(refund, payment.ProviderReference, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await SettleAsync(refund, result, cancellationToken))
            {
                Publish(refund, message.RefundRequestId);
            }
            else
            {
                // A concurrent delivery settled it first: this message too gets that answer.
                Publish(await db.Refunds.AsNoTracking().SingleAsync(r => r.Id == refund.Id, cancellationToken), message.RefundRequestId);
            }

            Deliveries.Remember(db, Consumer, messageId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private async Task<bool> SettleAsync(Refund refund, ProviderResult result, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(clock).UtcDateTime;
        var status = result.Outcome == ProviderOutcome.Succeeded ? RefundStatus.Succeeded : RefundStatus.Failed;
        var reason = status == RefundStatus.Failed ? result.Reason ?? ShopperReasons.RefundRefused : null;
        var settled = await db.Refunds
            .Where(r => r.Id == refund.Id && r.Status == RefundStatus.Pending)
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.Status, status)
                    .SetProperty(r => r.ProviderReference, result.Reference)
                    .SetProperty(r => r.FailureReason, reason)
                    .SetProperty(r => r.SettledAtUtc, now),
                cancellationToken);
        db.ChangeTracker.Clear();
        if (settled == 0)
        {
            return false;
        }

        if (status == RefundStatus.Succeeded)
        {
            // Refunded once the parts given back add up to the whole payment; a part leaves it Succeeded.
            var refunded = await db.Refunds.Where(r => r.PaymentId == refund.PaymentId && r.Status == RefundStatus.Succeeded).SumAsync(r => r.AmountMinor, cancellationToken);
            await db.Payments.Where(p => p.Id == refund.PaymentId && p.AmountMinor <= refunded)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PaymentStatus.Refunded), cancellationToken);
        }

        refund.Status = status;
        refund.ProviderReference = result.Reference;
        refund.FailureReason = reason;
        refund.SettledAtUtc = now;
        return true;
    }

    /// <summary>The provider idempotency key of a refund request; an order's single refund of old kept "refund-{orderId}", as before.</summary>
    private static string KeyFor(RefundPayment message) => "refund-" + message.RequestKey;

    private void Publish(Refund refund, Guid? requestId)
    {
        var at = new DateTimeOffset(DateTime.SpecifyKind(refund.SettledAtUtc ?? refund.CreatedAtUtc, DateTimeKind.Utc));
        if (refund.Status == RefundStatus.Succeeded)
        {
            db.Publish(new PaymentRefunded(refund.OrderId, refund.PaymentId, refund.Id, refund.AmountMinor, refund.Currency, refund.Reason, at, requestId));
        }
        else
        {
            db.Publish(new RefundFailed(refund.OrderId, refund.FailureReason ?? ShopperReasons.RefundRefused, at, requestId));
        }
    }

    private async Task RefuseAsync(RefundPayment message, string reason, Guid messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Publish(new RefundFailed(message.OrderId, reason, now, message.RefundRequestId));
        Deliveries.Remember(db, Consumer, messageId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
