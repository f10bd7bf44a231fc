using K8sShop.Payments.Charging;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.Stripe;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Webhooks;

/// <summary>
/// Applies Stripe's webhook events (already signature-checked). Each event id is recorded once, so a
/// replayed delivery changes nothing. A PaymentIntent outcome settles a payment still pending (the
/// consumer crashed or gave up waiting), through the same once-only settlement as the consumer.
/// </summary>
public sealed partial class StripeWebhooks(PaymentsDbContext db, PaymentOutcomes outcomes, TimeProvider clock, ILogger<StripeWebhooks> logger)
{
    /// <summary>Records and applies the event; false when its id was seen before.</summary>
    public async Task<bool> ApplyAsync(StripeEvent stripeEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        if (await db.WebhookEvents.AnyAsync(e => e.Provider == StripePaymentProvider.ProviderName && e.EventId == stripeEvent.Id, cancellationToken))
        {
            LogReplay(logger, stripeEvent.Id, stripeEvent.Type);
            return false;
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var applied = await SettleAsync(stripeEvent, cancellationToken);
                db.WebhookEvents.Add(new WebhookEvent
                {
                    Provider = StripePaymentProvider.ProviderName,
                    EventId = stripeEvent.Id,
                    Type = stripeEvent.Type,
                    ObjectId = stripeEvent.ObjectId,
                    Handling = applied ? "applied" : "ignored",
                    ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                LogEvent(logger, stripeEvent.Id, stripeEvent.Type, applied);
            });
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.WebhookEvents.AnyAsync(e => e.Provider == StripePaymentProvider.ProviderName && e.EventId == stripeEvent.Id, cancellationToken))
            {
                return false; // the same event delivered twice at once: the other delivery recorded it
            }

            throw;
        }
    }

    private async Task<bool> SettleAsync(StripeEvent stripeEvent, CancellationToken cancellationToken)
    {
        var result = stripeEvent.Type switch
        {
            "payment_intent.succeeded" => ProviderResult.Succeeded(stripeEvent.ObjectId!),
            "payment_intent.payment_failed" => ProviderResult.Refused(
                StripeDeclines.ReasonFor(stripeEvent.ErrorCode, stripeEvent.DeclineCode), stripeEvent.DeclineCode ?? stripeEvent.ErrorCode),
            _ => null,
        };
        if (result is null || stripeEvent.ObjectId is null)
        {
            return false;
        }

        var payment = stripeEvent.OrderId is { } orderId
            ? await db.Payments.SingleOrDefaultAsync(p => p.OrderId == orderId && p.Provider == StripePaymentProvider.ProviderName, cancellationToken)
            : await db.Payments.SingleOrDefaultAsync(p => p.ProviderReference == stripeEvent.ObjectId, cancellationToken);
        return payment is { Status: PaymentStatus.Pending } && await outcomes.SettleAsync(payment, result, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventId} ({EventType}) recorded; applied: {Applied}")]
    private static partial void LogEvent(ILogger logger, string eventId, string eventType, bool applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventId} ({EventType}) was delivered before; ignored")]
    private static partial void LogReplay(ILogger logger, string eventId, string eventType);
}
