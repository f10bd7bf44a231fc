using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Saga;

/// <summary>
/// The base of the saga's consumers: finds the order the answer is about and hands it over. A message
/// about an unknown order is logged and dropped (it cannot become known later: orders creates them).
/// </summary>
public abstract class SagaConsumer<TMessage>(Inbox<OrdersDbContext> inbox, TimeProvider clock, ILogger logger)
    : IdempotentConsumer<TMessage, OrdersDbContext>(inbox)
    where TMessage : class
{
    protected ILogger Logger { get; } = logger;

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected abstract Guid OrderIdOf(TMessage message);

    protected sealed override async Task HandleAsync(TMessage message, CancellationToken cancellationToken)
    {
        var id = OrderIdOf(message);
        var order = await Db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            SagaLog.UnknownOrder(Logger, typeof(TMessage).Name, id);
            return;
        }

        Handle(message, order);
    }

    /// <summary>Change the order and queue messages with <c>Db.Publish</c>; the base saves both in one transaction.</summary>
    protected abstract void Handle(TMessage message, Order order);

    protected bool Moved(Order order, TransitionResult result) => SagaLog.Outcome(Logger, typeof(TMessage).Name, order.Id, result);
}
