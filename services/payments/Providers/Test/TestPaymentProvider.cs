using System.Collections.Concurrent;

namespace K8sShop.Payments.Providers.Test;

/// <summary>
/// The built-in provider for development, the embedded mode and tests: the token decides the outcome.
/// Like a real provider it remembers answers by idempotency key, so a repeated call never charges twice.
/// </summary>
public sealed class TestPaymentProvider : IPaymentProvider
{
    public const string ProviderName = "test";

    private readonly ConcurrentDictionary<string, ProviderResult> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _captured = new(StringComparer.Ordinal);

    public string Name => ProviderName;

    public Task<ProviderResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_answered.TryGetValue("charge:" + request.IdempotencyKey, out var earlier))
        {
            return Task.FromResult(earlier);
        }

        var result = request.PaymentToken switch
        {
            TestTokens.Visa or TestTokens.Mastercard => Capture(request),
            TestTokens.ChargeDeclined => ProviderResult.Refused(ShopperReasons.Declined, "card_declined"),
            TestTokens.InsufficientFunds => ProviderResult.Refused(ShopperReasons.InsufficientFunds, "insufficient_funds"),
            TestTokens.ExpiredCard => ProviderResult.Refused(ShopperReasons.ExpiredCard, "expired_card"),
            TestTokens.ProcessingError => ProviderResult.Transient(ShopperReasons.ProviderUnavailable, "processing_error"),
            _ => ProviderResult.Refused(ShopperReasons.UnknownToken, "unknown_token"),
        };

        // A transient answer is not remembered: the next try may get through, as with a real provider.
        return Task.FromResult(result.Outcome == ProviderOutcome.Transient ? result : _answered.GetOrAdd("charge:" + request.IdempotencyKey, result));
    }

    public Task<ProviderResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = _answered.GetOrAdd("refund:" + request.IdempotencyKey, _ =>
            _captured.TryGetValue(request.PaymentReference, out var amount) && request.AmountMinor <= amount
                ? ProviderResult.Succeeded("test_re_" + Guid.NewGuid().ToString("N"))
                : ProviderResult.Refused(ShopperReasons.RefundRefused, "charge_not_refundable"));
        return Task.FromResult(result);
    }

    private ProviderResult Capture(ChargeRequest request)
    {
        var reference = "test_ch_" + Guid.NewGuid().ToString("N");
        _captured[reference] = request.AmountMinor;
        return ProviderResult.Succeeded(reference);
    }
}
