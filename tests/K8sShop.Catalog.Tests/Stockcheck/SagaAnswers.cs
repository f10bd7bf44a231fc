using System.Collections.Concurrent;
using K8sShop.Contracts.Stock;
using MassTransit;

namespace K8sShop.Catalog.Tests.Stockcheck;

/// <summary>Stands in for the orders saga: keeps every answer stockcheck publishes.</summary>
public sealed class SagaAnswers : IConsumer<StockReserved>, IConsumer<StockRejected>, IConsumer<ReservationExpired>
{
    public static ConcurrentQueue<object> Received { get; } = new();

    public static IReadOnlyList<T> Of<T>(Guid orderId) =>
        Received.OfType<T>().Where(m => m switch
        {
            StockReserved r => r.OrderId == orderId,
            StockRejected r => r.OrderId == orderId,
            ReservationExpired r => r.OrderId == orderId,
            _ => false,
        }).ToList();

    public Task Consume(ConsumeContext<StockReserved> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Received.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<StockRejected> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Received.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ReservationExpired> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Received.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
