using System.Net;
using System.Net.Http.Json;
using System.Text;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.Payments.Webhooks;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Payments.Tests.Webhooks;

/// <summary>
/// <c>POST /api/payments/webhooks/stripe</c> with real HMAC-SHA256 signatures over Stripe-shaped events: only
/// correctly signed, fresh events count, each event id once.
/// </summary>
public sealed class StripeWebhookTests(StripeShop shop) : IClassFixture<StripeShop>
{
    private const string Path = "api/payments/webhooks/stripe";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private PaymentsHost Host => shop.Host;

    [Fact]
    public async Task A_correctly_signed_event_is_recorded_once_and_its_replay_is_acknowledged_and_ignored()
    {
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = StripeSigning.PaymentIntentEvent(eventId, "payment_intent.created", "pi_created", Guid.NewGuid(), "requires_payment_method");

        using var first = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));
        using var replay = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new WebhookReceipt(eventId, false), await first.Content.ReadFromJsonAsync<WebhookReceipt>());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(new WebhookReceipt(eventId, true), await replay.Content.ReadFromJsonAsync<WebhookReceipt>());
        var recorded = await Host.QueryAsync(db => db.WebhookEvents.Where(e => e.EventId == eventId).ToListAsync());
        Assert.Equal(("payment_intent.created", "pi_created", "ignored"), (recorded.Single().Type, recorded.Single().ObjectId, recorded.Single().Handling));
    }

    [Fact]
    public async Task A_tampered_payload_is_refused_with_400()
    {
        var payload = StripeSigning.PaymentIntentEvent("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", "pi_x", Guid.NewGuid(), "succeeded");
        var header = StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow);

        using var response = await PostAsync(payload.Replace("\"amount\": 2500", "\"amount\": 1", StringComparison.Ordinal), header);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.Contains("does not match", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_signed_with_another_secret_is_refused_with_400()
    {
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = StripeSigning.PaymentIntentEvent(eventId, "payment_intent.succeeded", "pi_x", Guid.NewGuid(), "succeeded");

        using var response = await PostAsync(payload, StripeSigning.Header(payload, "whsec_someone_elses_endpoint", DateTimeOffset.UtcNow));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.False(await Host.QueryAsync(db => db.WebhookEvents.AnyAsync(e => e.EventId == eventId)));
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task A_correctly_signed_but_old_delivery_is_treated_as_a_replay_and_refused(int minutes)
    {
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = StripeSigning.PaymentIntentEvent(eventId, "payment_intent.succeeded", "pi_x", Guid.NewGuid(), "succeeded");

        using var response = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(minutes)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.Contains("tolerance", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.WebhookEvents.AnyAsync(e => e.EventId == eventId)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=notanumber,v1=00")]
    [InlineData("garbage")]
    public async Task A_missing_or_malformed_signature_header_is_refused_with_400(string? header)
    {
        var payload = StripeSigning.PaymentIntentEvent("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", "pi_x", Guid.NewGuid(), "succeeded");

        using var response = await PostAsync(payload, header);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"evt_1\",\"object\":\"charge\"}")]
    [InlineData("[]")]
    public async Task A_signed_payload_that_is_not_a_Stripe_event_is_refused_with_400(string payload)
    {
        using var response = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task A_succeeded_event_settles_a_pending_payment_once_and_orders_hears_PaymentSucceeded()
    {
        var order = Guid.NewGuid();
        var paymentId = await AddPendingStripePaymentAsync(order);
        var payload = StripeSigning.PaymentIntentEvent("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", "pi_settled_by_webhook", order, "succeeded");

        using var first = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));
        using var replay = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replay.StatusCode));
        var succeeded = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal((paymentId, "stripe", 2_500L), (succeeded.PaymentId, succeeded.Provider, succeeded.AmountMinor));
        var payment = await Host.QueryAsync(db => db.Payments.SingleAsync(p => p.OrderId == order));
        Assert.Equal((PaymentStatus.Succeeded, "pi_settled_by_webhook"), (payment.Status, payment.ProviderReference));
        Assert.Equal(1, await Host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Body.Contains(order.ToString()))));
    }

    [Fact]
    public async Task A_payment_failed_event_settles_a_pending_payment_with_a_readable_reason()
    {
        var order = Guid.NewGuid();
        await AddPendingStripePaymentAsync(order);
        var payload = StripeSigning.PaymentIntentEvent("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.payment_failed", "pi_failed", order, "requires_payment_method", "card_declined", "insufficient_funds");

        using var response = await PostAsync(payload, StripeSigning.Header(payload, StripeShop.WebhookSecret, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentFailed>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal("Insufficient funds.", failed.Reason);
    }

    private async Task<Guid> AddPendingStripePaymentAsync(Guid order)
    {
        var id = Guid.CreateVersion7();
        await Host.QueryAsync(async db =>
        {
            db.Payments.Add(new Payment
            {
                Id = id,
                OrderId = order,
                AmountMinor = 2_500,
                Currency = "EUR",
                Provider = "stripe",
                IdempotencyKey = order.ToString(),
                Status = PaymentStatus.Pending,
                CreatedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return await Host.Client.SendAsync(request);
    }
}
