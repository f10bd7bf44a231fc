using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.Test;
using Xunit;

namespace K8sShop.Payments.Tests.Providers;

/// <summary>The built-in test provider: the token decides the outcome, and an idempotency key never charges twice.</summary>
public sealed class TestProviderTests
{
    private readonly TestPaymentProvider _provider = new();

    [Theory]
    [InlineData(TestTokens.Visa, ProviderOutcome.Succeeded, null)]
    [InlineData(TestTokens.Mastercard, ProviderOutcome.Succeeded, null)]
    [InlineData(TestTokens.ChargeDeclined, ProviderOutcome.Refused, "Your card was declined.")]
    [InlineData(TestTokens.InsufficientFunds, ProviderOutcome.Refused, "Insufficient funds.")]
    [InlineData(TestTokens.ExpiredCard, ProviderOutcome.Refused, "Your card has expired.")]
    [InlineData(TestTokens.ProcessingError, ProviderOutcome.Transient, "The payment could not be processed right now. Please try again in a few minutes.")]
    [InlineData("tok_madeUp", ProviderOutcome.Refused, "This payment method is not accepted.")]
    public async Task Each_token_gives_its_outcome_with_a_reason_the_shopper_can_read(string token, ProviderOutcome outcome, string? reason)
    {
        var result = await _provider.ChargeAsync(Charge(token), CancellationToken.None);

        Assert.Equal((outcome, reason), (result.Outcome, result.Reason));
        Assert.Equal(outcome == ProviderOutcome.Succeeded, result.Reference?.StartsWith("test_ch_", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public async Task The_same_idempotency_key_answers_the_first_charge_again()
    {
        var charge = Charge(TestTokens.Visa);
        var first = await _provider.ChargeAsync(charge, CancellationToken.None);
        var second = await _provider.ChargeAsync(charge with { AmountMinor = 99_999 }, CancellationToken.None);
        var other = await _provider.ChargeAsync(Charge(TestTokens.Visa), CancellationToken.None);

        Assert.Equal(first.Reference, second.Reference);
        Assert.NotEqual(first.Reference, other.Reference);
    }

    [Fact]
    public async Task A_captured_charge_is_refunded_once_per_key_and_an_unknown_one_is_refused()
    {
        var charged = await _provider.ChargeAsync(Charge(TestTokens.Visa), CancellationToken.None);
        var refund = new RefundRequest(Guid.NewGuid(), charged.Reference!, 1_000, "EUR", "refund-1");

        var first = await _provider.RefundAsync(refund, CancellationToken.None);
        var again = await _provider.RefundAsync(refund, CancellationToken.None);
        var unknown = await _provider.RefundAsync(refund with { PaymentReference = "test_ch_unknown", IdempotencyKey = "refund-2" }, CancellationToken.None);
        var tooMuch = await _provider.RefundAsync(refund with { AmountMinor = 2_001, IdempotencyKey = "refund-3" }, CancellationToken.None);

        Assert.Equal(ProviderOutcome.Succeeded, first.Outcome);
        Assert.Equal(first.Reference, again.Reference);
        Assert.Equal(ProviderOutcome.Refused, unknown.Outcome);
        Assert.Equal(ProviderOutcome.Refused, tooMuch.Outcome);
    }

    [Theory]
    [InlineData("4242424242424242", true)]
    [InlineData("4242 4242 4242 4242", true)]
    [InlineData("5555-5555-5555-4444", true)]
    [InlineData("tok_visa", false)]
    [InlineData("pm_1MtwBvLkdIwHu7ixQ8G0GDCa", false)]
    [InlineData("1234", false)]
    public void Card_numbers_are_recognised_so_they_never_reach_a_provider(string token, bool cardNumber) =>
        Assert.Equal(cardNumber, PaymentTokens.LooksLikeCardNumber(token));

    private static ChargeRequest Charge(string token)
    {
        var order = Guid.NewGuid();
        return new ChargeRequest(order, 2_000, "EUR", token, order.ToString());
    }
}
