using K8sShop.Contracts;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Storage;

namespace K8sShop.Notifications.Consumers;

/// <summary>Remembers a new user's address and name; a known user keeps the language they chose.</summary>
public sealed class UserRegisteredConsumer(INotificationStore store, IProcessedMessages processed, TimeProvider clock)
    : NotificationConsumer<UserRegistered>(processed, clock)
{
    protected override async Task HandleAsync(UserRegistered message, Guid messageId, CancellationToken cancellationToken)
    {
        var known = await store.FindContactAsync(message.UserId, cancellationToken);
        await store.SaveContactAsync(
            new Contact
            {
                UserId = message.UserId,
                Email = message.Email,
                DisplayName = message.DisplayName,
                Locale = known?.Locale ?? Locales.Default,
            },
            cancellationToken);
    }
}
