using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Charging;

/// <summary>
/// Settles a pending payment exactly once (a conditional update, so a consumer and a webhook racing on the
/// same payment cannot both win) and queues its outcome in the outbox.
/// </summary>
public sealed class PaymentOutcomes(PaymentsDbContext db, TimeProvider clock)
{
    /// <summary>Moves the payment out of Pending as <paramref name="result"/> says; false when something else already did.</summary>
    public async Task<bool> SettleAsync(Payment payment, ProviderResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(result);
        var now = StoredTime.Now(clock).UtcDateTime;
        var status = result.Outcome == ProviderOutcome.Succeeded ? PaymentStatus.Succeeded : PaymentStatus.Failed;
        var reason = status == PaymentStatus.Failed ? result.Reason ?? ShopperReasons.Declined : null;
        var settled = await db.Payments
            .Where(p => p.Id == payment.Id && p.Status == PaymentStatus.Pending)
            .ExecuteUpdateAsync(
                set => set.SetProperty(p => p.Status, status)
                    .SetProperty(p => p.ProviderReference, result.Reference)
                    .SetProperty(p => p.FailureReason, reason)
                    .SetProperty(p => p.SettledAtUtc, now),
                cancellationToken);
        if (settled == 0)
        {
            await db.Entry(payment).ReloadAsync(cancellationToken);
            return false;
        }

        payment.Status = status;
        payment.ProviderReference = result.Reference;
        payment.FailureReason = reason;
        payment.SettledAtUtc = now;
        // The row is already written; make the tracked copy agree without SaveChanges writing it again.
        var entry = db.Entry(payment);
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
        Publish(payment);
        return true;
    }

    /// <summary>Queues the outcome a settled payment stands for; the same content every time it is asked.</summary>
    public void Publish(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var at = new DateTimeOffset(DateTime.SpecifyKind(payment.SettledAtUtc ?? payment.CreatedAtUtc, DateTimeKind.Utc));
        switch (payment.Status)
        {
            case PaymentStatus.Succeeded or PaymentStatus.Refunded:
                db.Publish(new PaymentSucceeded(payment.OrderId, payment.Id, payment.Provider, payment.AmountMinor, payment.Currency, at));
                break;
            case PaymentStatus.Failed:
                db.Publish(new PaymentFailed(payment.OrderId, payment.FailureReason ?? ShopperReasons.Declined, at));
                break;
            case PaymentStatus.Voided:
                break;
            default:
                throw new InvalidOperationException($"Payment {payment.Id} is still pending and has no outcome to publish.");
        }
    }
}
