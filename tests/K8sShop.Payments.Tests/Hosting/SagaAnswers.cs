using System.Collections.Concurrent;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using MassTransit;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>Stands in for the orders saga: keeps every answer payments publishes, as it arrives over the broker.</summary>
public sealed class SagaAnswers : IConsumer<PaymentSucceeded>, IConsumer<PaymentFailed>, IConsumer<PaymentRefunded>, IConsumer<RefundFailed>
{
    private static readonly ConcurrentQueue<object> Received = new();

    public static IReadOnlyList<T> Of<T>(Guid orderId) =>
        Received.OfType<T>().Where(m => m switch
        {
            PaymentSucceeded s => s.OrderId == orderId,
            PaymentFailed f => f.OrderId == orderId,
            PaymentRefunded r => r.OrderId == orderId,
            RefundFailed r => r.OrderId == orderId,
            _ => false,
        }).ToList();

    public Task Consume(ConsumeContext<PaymentSucceeded> context) => Keep(context.Message);

    public Task Consume(ConsumeContext<PaymentFailed> context) => Keep(context.Message);

    public Task Consume(ConsumeContext<PaymentRefunded> context) => Keep(context.Message);

    public Task Consume(ConsumeContext<RefundFailed> context) => Keep(context.Message);

    private static Task Keep(object message)
    {
        Received.Enqueue(message);
        return Task.CompletedTask;
    }
}
