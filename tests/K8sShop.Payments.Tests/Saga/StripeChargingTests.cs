using System.Net;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.Payments.Tests.Providers;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Payments.Tests.Saga;

/// <summary>The saga's payment step with Stripe as provider, over real RabbitMQ and MariaDB, Stripe answering from recordings.</summary>
public sealed class StripeChargingTests(StripeShop shop) : IClassFixture<StripeShop>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_Stripe_server_error_is_retried_with_the_same_key_then_succeeds_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        shop.Recorded
            .On(HttpMethod.Post, "/v1/payment_intents", HttpStatusCode.InternalServerError, StripeResponses.ApiError, ("Request-Id", "req_first"))
            .On(HttpMethod.Post, "/v1/payment_intents", HttpStatusCode.OK, StripeResponses.PaymentIntent("pi_retried", order, 2_500, "succeeded"), ("Request-Id", "req_second"));

        await shop.Host.PublishAsync(new ChargePayment(order, null, 2_500, "EUR", "pm_card_visa", DateTimeOffset.UtcNow.AddMinutes(15)));

        var succeeded = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal("stripe", succeeded.Provider);
        var calls = await shop.Host.QueryAsync(db => db.ProviderCalls.Where(c => c.OrderId == order).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([("Transient", "req_first"), ("Succeeded", "req_second")], calls.Select(c => (c.Outcome, c.ProviderRequestId)));
        var sent = shop.Recorded.To("/v1/payment_intents").Where(r => r.Body.Contains(order.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sent.Count); // exactly the recorded tries: no hidden retry layer under ProviderAttempts
        Assert.All(sent, r => Assert.Equal(order.ToString(), r.Header("Idempotency-Key")));
        Assert.Equal("pi_retried", await shop.Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.ProviderReference).SingleAsync()));
    }

    [Fact]
    public async Task A_Stripe_decline_answers_PaymentFailed_with_the_readable_reason_against_recorded_stripe_responses()
    {
        var order = Guid.NewGuid();
        shop.Recorded.On(HttpMethod.Post, "/v1/payment_intents", HttpStatusCode.PaymentRequired, StripeResponses.CardError("card_declined", "insufficient_funds"));

        await shop.Host.PublishAsync(new ChargePayment(order, null, 2_500, "EUR", "pm_card_visa_chargeDeclinedInsufficientFunds", DateTimeOffset.UtcNow.AddMinutes(15)));

        var failed = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentFailed>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal("Insufficient funds.", failed.Reason);
    }
}
