using System.Collections.Concurrent;
using K8sShop.Contracts;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Stock;
using MassTransit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>Stands in for orders and notifications: keeps every answer billing (and, where it runs beside billing, stockcheck) publishes.</summary>
public sealed class SagaAnswers : IConsumer<OrderPriced>, IConsumer<OrderPricingFailed>, IConsumer<InvoiceIssued>, IConsumer<StockReserved>
{
    public static ConcurrentQueue<object> Received { get; } = new();

    public static IReadOnlyList<T> Of<T>(Guid orderId) =>
        [.. Received.OfType<T>().Where(m => m switch
        {
            OrderPriced p => p.OrderId == orderId,
            OrderPricingFailed f => f.OrderId == orderId,
            InvoiceIssued i => i.OrderId == orderId,
            StockReserved r => r.OrderId == orderId,
            _ => false,
        })];

    public Task Consume(ConsumeContext<OrderPriced> context) => Keep(context);

    public Task Consume(ConsumeContext<OrderPricingFailed> context) => Keep(context);

    public Task Consume(ConsumeContext<InvoiceIssued> context) => Keep(context);

    public Task Consume(ConsumeContext<StockReserved> context) => Keep(context);

    private static Task Keep<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        Received.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
