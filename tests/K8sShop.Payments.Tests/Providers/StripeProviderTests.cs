using System.Net;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.Stripe;
using K8sShop.Payments.Tests.Hosting;
using Xunit;

namespace K8sShop.Payments.Tests.Providers;

/// <summary>
/// Stripe through Stripe.net, against recorded Stripe responses (api.stripe.com cannot be reached from here):
/// the requests Stripe.net sends, the idempotency key on each, and how each answer maps to an outcome.
/// </summary>
public sealed class StripeProviderTests : IDisposable
{
    private const string PaymentIntents = "/v1/payment_intents";
    private readonly RecordedResponses _stripe = new();
    private readonly StripePaymentProvider _provider;

    public StripeProviderTests() =>
        _provider = new StripePaymentProvider(new SingleClientFactory(_stripe), new StripeSettings { SecretKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc" });

    [Fact]
    public async Task A_charge_creates_and_confirms_one_PaymentIntent_under_the_order_key_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, PaymentIntents, HttpStatusCode.OK, StripeResponses.PaymentIntent("pi_3MtwBwLkdIwHu7ix28a3tqPa", order, 2_000, "succeeded"), ("Request-Id", "req_8aH3kQ"));

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "pm_card_visa", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Succeeded, "pi_3MtwBwLkdIwHu7ix28a3tqPa", "req_8aH3kQ"), (result.Outcome, result.Reference, result.ProviderRequestId));
        var sent = Assert.Single(_stripe.To(PaymentIntents));
        Assert.Equal(order.ToString(), sent.Header("Idempotency-Key"));
        Assert.Equal("Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc", sent.Header("Authorization"));
        var form = Uri.UnescapeDataString(sent.Body).Split('&');
        Assert.Contains("amount=2000", form);
        Assert.Contains("currency=eur", form);
        Assert.Contains("confirm=true", form);
        Assert.Contains("capture_method=automatic", form);
        Assert.Contains("payment_method=pm_card_visa", form);
        Assert.Contains($"metadata[order_id]={order}", form);
    }

    [Theory]
    [InlineData("card_declined", "insufficient_funds", "Insufficient funds.", "insufficient_funds")]
    [InlineData("card_declined", "generic_decline", "Your card was declined.", "generic_decline")]
    [InlineData("expired_card", null, "Your card has expired.", "expired_card")]
    [InlineData("incorrect_cvc", null, "Your card details are incorrect.", "incorrect_cvc")]
    public async Task Card_errors_become_readable_refusals_against_recorded_stripe_responses(string code, string? declineCode, string reason, string providerCode)
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, PaymentIntents, HttpStatusCode.PaymentRequired, StripeResponses.CardError(code, declineCode), ("Request-Id", "req_declined"));

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "pm_card_chargeDeclined", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Refused, reason, providerCode, "req_declined"), (result.Outcome, result.Reason, result.ProviderCode, result.ProviderRequestId));
    }

    [Fact]
    public async Task A_PaymentIntent_that_needs_3D_Secure_is_refused_readably_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, PaymentIntents, HttpStatusCode.OK, StripeResponses.PaymentIntent("pi_3DS", order, 2_000, "requires_action"));

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "pm_card_authenticationRequired", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Refused, ShopperReasons.NeedsAuthentication), (result.Outcome, result.Reason));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Server_errors_are_transient_against_recorded_stripe_responses(HttpStatusCode status)
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, PaymentIntents, status, StripeResponses.ApiError);

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "pm_card_visa", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Transient, ShopperReasons.ProviderUnavailable), (result.Outcome, result.Reason));
        Assert.Single(_stripe.Requests); // Stripe.net's own retries are off: ProviderAttempts decides and records each try
    }

    [Fact]
    public async Task A_refund_goes_against_the_PaymentIntent_under_its_own_key_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, "/v1/refunds", HttpStatusCode.OK, StripeResponses.Refund("re_1Nispe2eZvKYlo2Cd31jOCgZ", "pi_3MtwBwLkdIwHu7ix28a3tqPa", 1_500, "succeeded"));

        var result = await _provider.RefundAsync(new RefundRequest(order, "pi_3MtwBwLkdIwHu7ix28a3tqPa", 1_500, "EUR", "refund-" + order), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Succeeded, "re_1Nispe2eZvKYlo2Cd31jOCgZ"), (result.Outcome, result.Reference));
        var sent = Assert.Single(_stripe.To("/v1/refunds"));
        Assert.Equal("refund-" + order, sent.Header("Idempotency-Key"));
        var form = Uri.UnescapeDataString(sent.Body).Split('&');
        Assert.Contains("payment_intent=pi_3MtwBwLkdIwHu7ix28a3tqPa", form);
        Assert.Contains("amount=1500", form);
    }

    [Fact]
    public async Task A_failed_refund_is_refused_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        _stripe.On(HttpMethod.Post, "/v1/refunds", HttpStatusCode.OK, StripeResponses.Refund("re_failed", "pi_x", 1_500, "failed"));

        var result = await _provider.RefundAsync(new RefundRequest(order, "pi_x", 1_500, "EUR", "refund-" + order), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Refused, ShopperReasons.RefundRefused), (result.Outcome, result.Reason));
    }

    public void Dispose() => _stripe.Dispose();
}
