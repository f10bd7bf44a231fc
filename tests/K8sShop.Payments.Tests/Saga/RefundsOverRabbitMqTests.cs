using K8sShop.Contracts.Checkout;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.Test;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Payments.Tests.Saga;

/// <summary>Refunds over real RabbitMQ and MariaDB: RefundPayment in, PaymentRefunded or RefundFailed out, never two refunds.</summary>
public sealed class RefundsOverRabbitMqTests(TestProviderShop shop) : IClassFixture<TestProviderShop>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private PaymentsHost Host => shop.Host;

    [Fact]
    public async Task A_paid_order_is_refunded_once_even_when_asked_twice()
    {
        var order = Guid.NewGuid();
        var paid = await PayAsync(order, 3_000);

        var refund = new RefundPayment(order, 3_000, "EUR", "cancelled by the shopper");
        await Host.PublishAsync(refund);
        var refunded = (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Count > 0, Patience)).Single();
        Assert.Equal((paid.PaymentId, 3_000L, "EUR", "cancelled by the shopper"), (refunded.PaymentId, refunded.AmountMinor, refunded.Currency, refunded.Reason));

        await Host.PublishAsync(refund);
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Count >= 2, Patience);
        Assert.All(answers, a => Assert.Equal(refunded, a));
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "refund"));
        Assert.Equal(PaymentStatus.Refunded, await Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).SingleAsync()));
        Assert.Equal(("refund-" + order, RefundStatus.Succeeded), await Host.QueryAsync(db => db.Refunds.Where(r => r.OrderId == order).Select(r => ValueTuple.Create(r.IdempotencyKey, r.Status)).SingleAsync()));
    }

    [Fact]
    public async Task An_order_without_a_captured_payment_answers_RefundFailed()
    {
        var unknown = Guid.NewGuid();
        await Host.PublishAsync(new RefundPayment(unknown, 1_000, "EUR", "admin refund"));
        Assert.Equal(ShopperReasons.NothingToRefund, (await FailureAsync(unknown)).Reason);

        var declined = Guid.NewGuid();
        await Host.PublishAsync(new ChargePayment(declined, null, 1_000, "EUR", TestTokens.ChargeDeclined, DateTimeOffset.UtcNow.AddMinutes(5)));
        await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<Contracts.Ordering.PaymentFailed>(declined)), a => a.Count > 0, Patience);
        await Host.PublishAsync(new RefundPayment(declined, 1_000, "EUR", "admin refund"));
        Assert.Equal(ShopperReasons.NothingToRefund, (await FailureAsync(declined)).Reason);
        Assert.Equal(0, await Host.ProviderCallsAsync(declined, "refund"));
    }

    [Fact]
    public async Task A_refund_larger_than_the_payment_is_refused_without_calling_the_provider()
    {
        var order = Guid.NewGuid();
        await PayAsync(order, 1_000);

        await Host.PublishAsync(new RefundPayment(order, 1_001, "EUR", "too much"));

        Assert.Equal(ShopperReasons.RefundTooLarge, (await FailureAsync(order)).Reason);
        Assert.Equal(0, await Host.ProviderCallsAsync(order, "refund"));
    }

    [Fact]
    public async Task A_payment_refunded_in_parts_is_refunded_once_per_part_and_Refunded_when_the_parts_make_the_whole()
    {
        var order = Guid.NewGuid();
        await PayAsync(order, 3_000);
        var first = new RefundPayment(order, 1_000, "EUR", "one item broken", Guid.NewGuid());
        var second = new RefundPayment(order, 2_000, "EUR", "the rest", Guid.NewGuid());

        await Host.PublishAsync(first);
        await Host.PublishAsync(first); // the same part asked twice
        var one = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Count >= 2, Patience);
        Assert.All(one, a => Assert.Equal((1_000L, first.RefundRequestId), (a.AmountMinor, a.RefundRequestId)));
        Assert.Equal(PaymentStatus.Succeeded, await StatusAsync(order));

        await Host.PublishAsync(second);
        var both = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Any(r => r.RefundRequestId == second.RefundRequestId), Patience);
        Assert.Equal(2_000L, both.Single(r => r.RefundRequestId == second.RefundRequestId).AmountMinor);
        // The part asked twice at once may reach the provider twice, but under one idempotency key: refunded once.
        var keys = await Host.QueryAsync(db => db.ProviderCalls.Where(c => c.OrderId == order && c.Operation == "refund").Select(c => c.IdempotencyKey).Distinct().ToListAsync());
        Assert.Equal(new[] { "refund-" + first.RefundRequestId, "refund-" + second.RefundRequestId }.Order(), keys.Order());
        Assert.Equal(PaymentStatus.Refunded, await Eventually.ReachesAsync(() => StatusAsync(order), s => s == PaymentStatus.Refunded, Patience));
        Assert.Equal(2, await Host.QueryAsync(db => db.Refunds.CountAsync(r => r.OrderId == order && r.Status == RefundStatus.Succeeded)));
    }

    [Fact]
    public async Task A_part_that_would_refund_more_than_is_left_is_refused_without_calling_the_provider()
    {
        var order = Guid.NewGuid();
        await PayAsync(order, 3_000);
        var first = new RefundPayment(order, 2_500, "EUR", "most of it", Guid.NewGuid());
        await Host.PublishAsync(first);
        await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentRefunded>(order)), a => a.Count > 0, Patience);

        var tooMuch = new RefundPayment(order, 501, "EUR", "a bit more than is left", Guid.NewGuid());
        await Host.PublishAsync(tooMuch);

        var refused = await FailureAsync(order);
        Assert.Equal((ShopperReasons.RefundTooLarge, tooMuch.RefundRequestId), (refused.Reason, refused.RefundRequestId));
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "refund"));
        Assert.Equal(PaymentStatus.Succeeded, await StatusAsync(order));
    }

    private Task<PaymentStatus> StatusAsync(Guid order) =>
        Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).SingleAsync());

    private async Task<PaymentSucceeded> PayAsync(Guid order, long amountMinor)
    {
        await Host.PublishAsync(new ChargePayment(order, null, amountMinor, "EUR", TestTokens.Visa, DateTimeOffset.UtcNow.AddMinutes(5)));
        return (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count > 0, Patience)).Single();
    }

    private static async Task<RefundFailed> FailureAsync(Guid order) =>
        (await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<RefundFailed>(order)), a => a.Count > 0, Patience)).Single();
}
