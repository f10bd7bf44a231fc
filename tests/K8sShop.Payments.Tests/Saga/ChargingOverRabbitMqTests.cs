using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Payments.Charging;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.Test;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Payments.Tests.Saga;

/// <summary>The saga's payment step over real RabbitMQ and MariaDB: ChargePayment in, PaymentSucceeded or PaymentFailed out.</summary>
public sealed class ChargingOverRabbitMqTests(TestProviderShop shop) : IClassFixture<TestProviderShop>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private PaymentsHost Host => shop.Host;

    [Fact]
    public async Task A_good_card_is_charged_once_and_PaymentSucceeded_carries_the_total()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, TestTokens.Visa, 4_599));

        var succeeded = await AnswerAsync<PaymentSucceeded>(order);
        Assert.Equal(("test", 4_599L, "EUR"), (succeeded.Provider, succeeded.AmountMinor, succeeded.Currency));
        var payment = await Host.QueryAsync(db => db.Payments.SingleAsync(p => p.OrderId == order));
        Assert.Equal((succeeded.PaymentId, PaymentStatus.Succeeded, order.ToString()), (payment.Id, payment.Status, payment.IdempotencyKey));
        Assert.StartsWith("test_ch_", payment.ProviderReference, StringComparison.Ordinal);
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "charge"));
    }

    [Theory]
    [InlineData(TestTokens.ChargeDeclined, "Your card was declined.")]
    [InlineData(TestTokens.InsufficientFunds, "Insufficient funds.")]
    [InlineData(TestTokens.ExpiredCard, "Your card has expired.")]
    public async Task A_refused_card_answers_PaymentFailed_with_a_readable_reason_and_is_not_retried(string token, string reason)
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, token));

        Assert.Equal(reason, (await AnswerAsync<PaymentFailed>(order)).Reason);
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "charge"));
    }

    [Fact]
    public async Task After_the_deadline_the_provider_is_not_called_and_the_payment_fails()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, TestTokens.Visa) with { Deadline = DateTimeOffset.UtcNow.AddSeconds(-1) });

        Assert.Equal(ShopperReasons.DeadlinePassed, (await AnswerAsync<PaymentFailed>(order)).Reason);
        Assert.Equal(0, await Host.ProviderCallsAsync(order, "charge"));
        Assert.Equal(PaymentStatus.Failed, await Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_card_number_sent_as_token_is_refused_without_calling_the_provider()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, "4242 4242 4242 4242"));

        Assert.Equal(ShopperReasons.CardNumberRefused, (await AnswerAsync<PaymentFailed>(order)).Reason);
        Assert.Equal(0, await Host.ProviderCallsAsync(order, "charge"));
    }

    [Fact]
    public async Task A_processing_error_is_tried_three_times_with_the_same_key_then_fails_readably()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, TestTokens.ProcessingError));

        Assert.Equal(ShopperReasons.ProviderUnavailable, (await AnswerAsync<PaymentFailed>(order)).Reason);
        var calls = await Host.QueryAsync(db => db.ProviderCalls.Where(c => c.OrderId == order).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([1, 2, 3], calls.Select(c => c.Attempt));
        Assert.All(calls, c => Assert.Equal((order.ToString(), "Transient", "processing_error"), (c.IdempotencyKey, c.Outcome, c.ProviderCode)));
    }

    [Fact]
    public async Task A_second_ChargePayment_for_a_paid_order_charges_nothing_and_answers_the_same_payment_again()
    {
        var order = Guid.NewGuid();
        var charge = Charge(order, TestTokens.Visa);
        await Host.PublishAsync(charge);
        var first = await AnswerAsync<PaymentSucceeded>(order);

        await Host.PublishAsync(charge); // orders asks again: a new message id for the same order
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count >= 2, Patience);

        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(first, a));
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "charge"));
        Assert.Equal(1, await Host.QueryAsync(db => db.Payments.CountAsync(p => p.OrderId == order)));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_handled_once()
    {
        var order = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var charge = Charge(order, TestTokens.Visa);

        await ChargeDirectlyAsync(charge, messageId);
        await ChargeDirectlyAsync(charge, messageId);

        Assert.Equal(1, await Host.ProviderCallsAsync(order, "charge"));
        Assert.Equal(1, await Host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Body.Contains(order.ToString()))));
    }

    [Fact]
    public async Task Concurrent_ChargePayments_for_one_order_make_one_payment_and_one_charge()
    {
        var order = Guid.NewGuid();
        var charge = Charge(order, TestTokens.Mastercard);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Host.PublishAsync(charge)));
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count >= 4, Patience);

        Assert.Equal(4, answers.Count);
        Assert.Single(answers.Select(a => a.PaymentId).Distinct());
        Assert.Equal(1, await Host.QueryAsync(db => db.Payments.CountAsync(p => p.OrderId == order)));
        // Racing deliveries may each reach the provider, but always with the order's key: one charge.
        var keys = await Host.QueryAsync(db => db.ProviderCalls.Where(c => c.OrderId == order).Select(c => c.IdempotencyKey).Distinct().ToListAsync());
        Assert.Equal([order.ToString()], keys);
    }

    [Fact]
    public async Task A_charge_still_queued_when_its_order_is_cancelled_is_voided_never_taken_and_not_answered()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(new OrderCancelled(order, "Cancelled by the customer", DateTimeOffset.UtcNow));
        await Eventually.ReachesAsync(() => Host.QueryAsync(db => db.CancelledOrders.AnyAsync(c => c.OrderId == order)), known => known, Patience);

        var charges = new[] { Guid.NewGuid(), Guid.NewGuid() }; // asked twice: still nothing taken
        foreach (var messageId in charges)
        {
            await Host.Services.GetRequiredService<IBus>().Publish(Charge(order, TestTokens.Visa), c => c.MessageId = messageId);
        }

        // Both handled (each remembered as delivered), so any answer either would give has been published.
        await Eventually.ReachesAsync(
            () => Host.QueryAsync(db => db.ProcessedMessages.CountAsync(m => charges.Contains(m.MessageId))),
            handled => handled == charges.Length,
            Patience);
        var voided = await Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).ToListAsync());

        Assert.Equal([PaymentStatus.Voided], voided);
        Assert.Equal(0, await Host.ProviderCallsAsync(order, "charge"));
        // Answers leave through the outbox, written in the same commit as the delivery: none was queued.
        Assert.Equal(0, await Host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Body.Contains(order.ToString()))));
        Assert.Empty(SagaAnswers.Of<PaymentSucceeded>(order));
        Assert.Empty(SagaAnswers.Of<PaymentFailed>(order));
        Assert.Equal(ShopperReasons.OrderCancelled, await Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.FailureReason).SingleAsync()));
    }

    [Fact]
    public async Task A_cancel_arriving_after_the_charge_leaves_the_payment_to_the_sagas_refund()
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(Charge(order, TestTokens.Visa));
        await AnswerAsync<PaymentSucceeded>(order);

        await Host.PublishAsync(new OrderCancelled(order, "Cancelled by the customer", DateTimeOffset.UtcNow));
        await Eventually.ReachesAsync(() => Host.QueryAsync(db => db.CancelledOrders.AnyAsync(c => c.OrderId == order)), known => known, Patience);

        Assert.Equal(PaymentStatus.Succeeded, await Host.QueryAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).SingleAsync()));
        Assert.Equal(1, await Host.ProviderCallsAsync(order, "charge"));
    }

    private async Task ChargeDirectlyAsync(ChargePayment charge, Guid messageId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PaymentCharger>().ChargeAsync(charge, messageId, CancellationToken.None);
    }

    private static ChargePayment Charge(Guid order, string token, long amountMinor = 2_500) =>
        new(order, Guid.NewGuid(), amountMinor, "EUR", token, DateTimeOffset.UtcNow.AddMinutes(15));

    private static async Task<T> AnswerAsync<T>(Guid order)
    {
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<T>(order)), a => a.Count > 0, Patience);
        return Assert.Single(answers);
    }
}
