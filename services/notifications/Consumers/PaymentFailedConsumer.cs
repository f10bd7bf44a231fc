using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>Tells the customer their payment failed and the order is off.</summary>
public sealed partial class PaymentFailedConsumer(
    INotificationStore store, Notifier notifier, IProcessedMessages processed, TimeProvider clock, ILogger<PaymentFailedConsumer> logger)
    : NotificationConsumer<PaymentFailed>(processed, clock)
{
    protected override async Task HandleAsync(PaymentFailed message, Guid messageId, CancellationToken cancellationToken)
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
                NotificationKind.PaymentFailed,
                _ => new Dictionary<string, string> { ["Order"] = OrderReference.Of(message.OrderId), ["Reason"] = message.Reason },
                OrderId: message.OrderId),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment failed for order {OrderId}, whose customer is unknown here (a guest order or events out of order)")]
    private static partial void LogUnknownOrder(ILogger logger, Guid orderId);
}
