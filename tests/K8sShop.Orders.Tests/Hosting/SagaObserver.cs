using System.Collections.Concurrent;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using MassTransit;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>Stands in for stockcheck, billing, payments and the tracking page: keeps every message orders publishes.</summary>
public sealed class SagaObserver :
    IConsumer<OrderSubmitted>, IConsumer<PriceOrder>, IConsumer<ChargePayment>, IConsumer<OrderPaid>,
    IConsumer<OrderCancelled>, IConsumer<RefundPayment>, IConsumer<OrderStatusChanged>
{
    private static readonly ConcurrentQueue<(Guid OrderId, object Message)> Received = new();

    public static IReadOnlyList<T> Of<T>(Guid orderId) => Received.Where(r => r.OrderId == orderId).Select(r => r.Message).OfType<T>().ToList();

    public Task Consume(ConsumeContext<OrderSubmitted> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<PriceOrder> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<ChargePayment> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<OrderPaid> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<OrderCancelled> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<RefundPayment> context) => Keep(context, context.Message.OrderId);

    public Task Consume(ConsumeContext<OrderStatusChanged> context) => Keep(context, context.Message.OrderId);

    private static Task Keep<T>(ConsumeContext<T> context, Guid orderId)
        where T : class
    {
        Received.Enqueue((orderId, context.Message));
        return Task.CompletedTask;
    }
}
