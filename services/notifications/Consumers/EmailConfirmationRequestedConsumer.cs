using K8sShop.Contracts;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>Emails the confirmation link to the address being confirmed.</summary>
public sealed class EmailConfirmationRequestedConsumer(Notifier notifier, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<EmailConfirmationRequested>(processed, clock)
{
    protected override Task HandleAsync(EmailConfirmationRequested message, Guid messageId, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(
            new Notification(
                messageId,
                message.UserId,
                NotificationKind.EmailConfirmation,
                _ => new Dictionary<string, string> { ["Link"] = message.ConfirmationLink.ToString() },
                Email: message.Email,
                Transactional: true,
                Locale: message.Locale,
                Name: message.DisplayName),
            cancellationToken);
}
