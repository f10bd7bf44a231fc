using K8sShop.Contracts.Checkout;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Charging;

/// <summary>
/// The saga's payment step. The order's payment row is committed before the provider is called, with the
/// order id as idempotency key, so a redelivered message or a crash mid-call never charges twice: a pending
/// payment is resumed with the same key, a settled one answers its recorded outcome again without a call.
/// Every ChargePayment message gets exactly one answer, and every answer for an order is the same.
/// </summary>
public sealed class PaymentCharger(
    PaymentsDbContext db, IPaymentProvider provider, ProviderAttempts attempts, PaymentOutcomes outcomes, TimeProvider clock)
{
    private static readonly string Consumer = typeof(ChargePaymentConsumer).FullName!;

    public async Task ChargeAsync(ChargePayment message, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await Deliveries.SeenAsync(db, Consumer, messageId, cancellationToken))
        {
            return;
        }

        var now = StoredTime.Now(clock);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null)
        {
            payment = NewPayment(message, now);
            db.Payments.Add(payment);
            if (await db.CancelledOrders.AnyAsync(c => c.OrderId == message.OrderId, cancellationToken))
            {
                // The customer cancelled while this charge was queued: not taking the money beats a refund.
                payment.Status = PaymentStatus.Voided;
                payment.FailureReason = ShopperReasons.OrderCancelled;
                payment.SettledAtUtc = now.UtcDateTime;
                await AnswerAsync(payment, messageId, now, cancellationToken);
                return;
            }

            var refusal = RefusalBeforeCalling(message, now);
            if (refusal is not null)
            {
                payment.Status = PaymentStatus.Failed;
                payment.FailureReason = refusal;
                payment.SettledAtUtc = now.UtcDateTime;
                await AnswerAsync(payment, messageId, now, cancellationToken);
                return;
            }

            // Committed before the provider call: whatever happens next, a retry finds this row and its key.
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (payment.Status != PaymentStatus.Pending)
        {
            // Orders asked again for an order already settled: the same answer, and no second charge.
            await AnswerAsync(payment, messageId, now, cancellationToken);
            return;
        }

        var result = await attempts.ChargeAsync(payment, message.PaymentToken, cancellationToken);
        await InTransactionAsync(async () =>
        {
            if (!await outcomes.SettleAsync(payment, result, cancellationToken))
            {
                // A webhook or a concurrent delivery settled it first: this message too gets that answer.
                outcomes.Publish(payment);
            }

            Deliveries.Remember(db, Consumer, messageId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private async Task AnswerAsync(Payment payment, Guid messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        outcomes.Publish(payment);
        Deliveries.Remember(db, Consumer, messageId, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Payment NewPayment(ChargePayment message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrderId = message.OrderId,
        CustomerId = message.CustomerId,
        AmountMinor = message.AmountMinor,
        Currency = message.Currency.ToUpperInvariant(),
        Provider = provider.Name,
        IdempotencyKey = message.OrderId.ToString(),
        Status = PaymentStatus.Pending,
        CreatedAtUtc = now.UtcDateTime,
    };

    private static string? RefusalBeforeCalling(ChargePayment message, DateTimeOffset now)
    {
        if (now > message.Deadline)
        {
            return ShopperReasons.DeadlinePassed;
        }

        if (message.AmountMinor <= 0 || message.Currency.Length != 3 || !message.Currency.All(char.IsAsciiLetter))
        {
            return ShopperReasons.NotPayable;
        }

        return PaymentTokens.LooksLikeCardNumber(message.PaymentToken) ? ShopperReasons.CardNumberRefused : null;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
