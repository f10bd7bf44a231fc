using K8sShop.Contracts;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Storage;

namespace K8sShop.Notifications.Consumers;

/// <summary>Remembers a new user's address, name and the language they registered in (English when the event names none).</summary>
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
                Locale = message.Locale is null ? known?.Locale ?? Locales.Default : Locales.Closest(message.Locale),
            },
            cancellationToken);
    }
}
