using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Storage;

namespace K8sShop.Notifications.Consumers;

/// <summary>Remembers who placed an order, for the later events that name only the order.</summary>
public sealed class OrderSubmittedConsumer(INotificationStore store, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<OrderSubmitted>(processed, clock)
{
    protected override Task HandleAsync(OrderSubmitted message, Guid messageId, CancellationToken cancellationToken) =>
        message.CustomerId is { } customer
            ? store.RememberOrderOwnerAsync(new OrderOwner { OrderId = message.OrderId, UserId = customer }, cancellationToken)
            : Task.CompletedTask;
}
