using K8sShop.Contracts.Checkout;
using MassTransit;

namespace K8sShop.Payments.Charging;

/// <summary>
/// Orders asks for the order's total to be charged. Not an <c>IdempotentConsumer</c>: the provider call has to
/// sit between two commits, so <see cref="PaymentCharger"/> does the inbox check itself.
/// </summary>
public sealed class ChargePaymentConsumer(PaymentCharger charger) : IConsumer<ChargePayment>
{
    public Task Consume(ConsumeContext<ChargePayment> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        return charger.ChargeAsync(context.Message, messageId, context.CancellationToken);
    }
}
