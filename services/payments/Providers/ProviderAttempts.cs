using K8sShop.Payments.Configuration;
using K8sShop.Payments.Data;
using K8sShop.Payments.Payments;
using Microsoft.Extensions.Options;

namespace K8sShop.Payments.Providers;

/// <summary>
/// Calls the provider for one charge or refund: retries transient answers with a doubling wait, a bounded
/// number of times, always with the same idempotency key; every attempt is recorded as a <see cref="ProviderCall"/>.
/// </summary>
public sealed partial class ProviderAttempts(
    PaymentsDbContext db, IPaymentProvider provider, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<ProviderAttempts> logger)
{
    public Task<ProviderResult> ChargeAsync(Payment payment, string paymentToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var request = new ChargeRequest(payment.OrderId, payment.AmountMinor, payment.Currency, paymentToken, payment.IdempotencyKey);
        return RunAsync(payment.OrderId, "charge", payment.IdempotencyKey, token => provider.ChargeAsync(request, token), cancellationToken);
    }

    public Task<ProviderResult> RefundAsync(Refund refund, string paymentReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var request = new RefundRequest(refund.OrderId, paymentReference, refund.AmountMinor, refund.Currency, refund.IdempotencyKey);
        return RunAsync(refund.OrderId, "refund", refund.IdempotencyKey, token => provider.RefundAsync(request, token), cancellationToken);
    }

    private async Task<ProviderResult> RunAsync(
        Guid orderId, string operation, string idempotencyKey, Func<CancellationToken, Task<ProviderResult>> call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var startedAt = clock.GetUtcNow();
            var started = clock.GetTimestamp();
            ProviderResult result;
            try
            {
                result = await call(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or Polly.ExecutionRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The provider could not be reached at all, or the shared resilience handler gave up on it (timeout,
                // open circuit); the idempotency key makes the next try safe.
                result = ProviderResult.Transient(ShopperReasons.ProviderUnavailable, "unreachable");
            }

            var elapsed = clock.GetElapsedTime(started);
            db.ProviderCalls.Add(new ProviderCall
            {
                OrderId = orderId,
                Provider = provider.Name,
                Operation = operation,
                Attempt = attempt,
                IdempotencyKey = idempotencyKey,
                ProviderRequestId = result.ProviderRequestId,
                Outcome = result.Outcome.ToString(),
                ProviderCode = result.ProviderCode,
                DurationMs = (long)elapsed.TotalMilliseconds,
                StartedAtUtc = startedAt.UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            LogAttempt(logger, provider.Name, operation, orderId, attempt, result.Outcome, result.ProviderCode, (long)elapsed.TotalMilliseconds);

            if (result.Outcome != ProviderOutcome.Transient || attempt >= settings.MaxAttempts)
            {
                return result;
            }

            await Task.Delay(delay, clock, cancellationToken);
            delay *= 2;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Provider {Provider} {Operation} for order {OrderId}, attempt {Attempt}: {Outcome} {ProviderCode} in {DurationMs} ms")]
    private static partial void LogAttempt(ILogger logger, string provider, string operation, Guid orderId, int attempt, ProviderOutcome outcome, string? providerCode, long durationMs);
}
