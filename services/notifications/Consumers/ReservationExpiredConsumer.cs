using K8sShop.Contracts.Stock;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>Tells the customer their unpaid order expired.</summary>
public sealed partial class ReservationExpiredConsumer(
    INotificationStore store, Notifier notifier, IProcessedMessages processed, TimeProvider clock, ILogger<ReservationExpiredConsumer> logger)
    : NotificationConsumer<ReservationExpired>(processed, clock)
{
    protected override async Task HandleAsync(ReservationExpired message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await store.FindOrderOwnerAsync(message.OrderId, cancellationToken) is not { } customer)
        {
            LogUnknownOrder(logger, message.OrderId);
            return;
        }

        await notifier.NotifyAsync(
            new Notification(
                messageId,
                customer,
                NotificationKind.ReservationExpired,
                _ => new Dictionary<string, string> { ["Order"] = OrderReference.Of(message.OrderId) },
                OrderId: message.OrderId),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reservation expired for order {OrderId}, whose customer is unknown here")]
    private static partial void LogUnknownOrder(ILogger logger, Guid orderId);
}
