using K8sShop.Contracts.Stock;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Orders.Saga;

/// <summary>Step 2, compensation: nothing could be reserved, so the order is rejected with each line's reason.</summary>
public sealed class StockRejectedConsumer(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger<StockRejectedConsumer> logger)
    : SagaConsumer<StockRejected>(inbox, clock, logger)
{
    protected override Guid OrderIdOf(StockRejected message) => message.OrderId;

    protected override void Handle(StockRejected message, Order order) =>
        Moved(order, order.Reject(Describe(message.Lines), Now));

    /// <summary>"Stock rejected: 0b1f…: insufficient-stock (2 available); …": the codes are stable, the shop shows them per line.</summary>
    public static string Describe(IReadOnlyList<RejectedLine> lines) =>
        "Stock rejected: " + string.Join("; ", (lines ?? []).Select(l =>
            l.Available is { } available ? $"{l.ProductId}: {l.Reason} ({available} available)" : $"{l.ProductId}: {l.Reason}"));
}
