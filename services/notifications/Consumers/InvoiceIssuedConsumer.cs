using K8sShop.Contracts;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>Tells the customer an invoice or credit note was issued, with its total in their language's format.</summary>
public sealed class InvoiceIssuedConsumer(INotificationStore store, Notifier notifier, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<InvoiceIssued>(processed, clock)
{
    protected override async Task HandleAsync(InvoiceIssued message, Guid messageId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(message.CustomerId, out var customer))
        {
            return; // a guest order's invoice: billing sends no customer id we can reach
        }

        await store.RememberOrderOwnerAsync(new OrderOwner { OrderId = message.OrderId, UserId = customer }, cancellationToken);
        await notifier.NotifyAsync(
            new Notification(
                messageId,
                customer,
                NotificationKind.InvoiceIssued,
                locale => new Dictionary<string, string>
                {
                    ["Document"] = TemplateRenderer.Word(locale, message.IsCreditNote ? "credit-note" : "invoice"),
                    ["Number"] = message.Number,
                    ["Order"] = OrderReference.Of(message.OrderId),
                    ["Total"] = TemplateRenderer.Money(locale, message.TotalMinor, message.Currency),
                },
                OrderId: message.OrderId),
            cancellationToken);
    }
}
