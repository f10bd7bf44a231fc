using K8sShop.Contracts.Checkout;
using MassTransit;

namespace K8sShop.Payments.Refunds;

/// <summary>Orders asks for a refund (cancel after payment, admin refund); the provider call sits between two commits, as for charges.</summary>
public sealed class RefundPaymentConsumer(PaymentRefunder refunder) : IConsumer<RefundPayment>
{
    public Task Consume(ConsumeContext<RefundPayment> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");
        return refunder.RefundAsync(context.Message, messageId, context.CancellationToken);
    }
}
