using System.Net;
using K8sShop.Contracts.Checkout;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.Payments.Tests.Providers;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Payments.Tests.Saga;

/// <summary>The saga's payment and refund steps with PayPal as provider, over real RabbitMQ and MariaDB, PayPal answering from recordings.</summary>
public sealed class PayPalChargingTests(PayPalShop shop) : IClassFixture<PayPalShop>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task An_order_is_captured_then_refunded_through_PayPal_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        const string PayPalOrder = "5O190127TN364715T";
        const string Capture = "3C679366HH908993F";
        shop.Recorded
            .On(HttpMethod.Post, "/v1/oauth2/token", HttpStatusCode.OK, PayPalResponses.Token)
            .On(HttpMethod.Post, "/v2/checkout/orders", HttpStatusCode.OK, PayPalResponses.ApprovedOrder(PayPalOrder))
            .On(HttpMethod.Post, $"/v2/checkout/orders/{PayPalOrder}/capture", HttpStatusCode.Created, PayPalResponses.CompletedOrder(PayPalOrder, order, Capture, "42.00"))
            .On(HttpMethod.Post, $"/v2/payments/captures/{Capture}/refund", HttpStatusCode.Created, PayPalResponses.Refund("1JU08902781691411", "COMPLETED"));

        await shop.Host.PublishAsync(new ChargePayment(order, null, 4_200, "EUR", "vault_8kt24fd5", DateTimeOffset.UtcNow.AddMinutes(15)));
        var paid = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal(("paypal", 4_200L), (paid.Provider, paid.AmountMinor));
        Assert.Equal(Capture, await shop.Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.ProviderReference).SingleAsync()));

        await shop.Host.PublishAsync(new RefundPayment(order, 4_200, "EUR", "returned"));
        var refunded = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal((paid.PaymentId, 4_200L), (refunded.PaymentId, refunded.AmountMinor));
        var refund = Assert.Single(shop.Recorded.To($"/v2/payments/captures/{Capture}/refund"));
        Assert.Equal("refund-" + order, refund.Header("PayPal-Request-Id"));
        Assert.Single(shop.Recorded.To("/v1/oauth2/token")); // one access token serves both calls
        Assert.Equal(["charge", "refund"], await shop.Host.QueryAsync(db => db.ProviderCalls.Where(c => c.OrderId == order).OrderBy(c => c.Id).Select(c => c.Operation).ToListAsync()));
    }
}
