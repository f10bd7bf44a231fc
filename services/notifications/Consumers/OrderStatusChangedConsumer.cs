using System.Globalization;
using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>
/// Tells the customer their order moved on, through the channels their preferences allow (email, SMS, inbox with its
/// live push); guest orders have nobody to tell. The live order page has its own push, <see cref="Live.OrderStatusPushConsumer"/>.
/// </summary>
public sealed class OrderStatusChangedConsumer(INotificationStore store, Notifier notifier, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<OrderStatusChanged>(processed, clock)
{
    protected override async Task HandleAsync(OrderStatusChanged message, Guid messageId, CancellationToken cancellationToken)
    {
        if (message.CustomerId is not { } customer)
        {
            return;
        }

        await store.RememberOrderOwnerAsync(new OrderOwner { OrderId = message.OrderId, UserId = customer }, cancellationToken);
        await notifier.NotifyAsync(
            new Notification(
                messageId,
                customer,
                NotificationKind.OrderStatusChanged,
                locale => new Dictionary<string, string>
                {
                    ["Order"] = OrderReference.Of(message.OrderId),
                    ["Status"] = TemplateRenderer.Word(locale, message.Status),
                    ["Details"] = message.TrackingNumber is null
                        ? ""
                        : string.Format(CultureInfo.InvariantCulture, TemplateRenderer.Word(locale, "tracking"), message.TrackingNumber),
                },
                OrderId: message.OrderId),
            cancellationToken);
    }
}
