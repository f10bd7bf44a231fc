using K8sShop.Contracts;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Consumers;

/// <summary>Emails the password-reset link to the account's address.</summary>
public sealed class PasswordResetRequestedConsumer(Notifier notifier, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<PasswordResetRequested>(processed, clock)
{
    protected override Task HandleAsync(PasswordResetRequested message, Guid messageId, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(
            new Notification(
                messageId,
                message.UserId,
                NotificationKind.PasswordReset,
                _ => new Dictionary<string, string> { ["Link"] = message.ResetLink.ToString() },
                Email: message.Email,
                Transactional: true),
            cancellationToken);
}
