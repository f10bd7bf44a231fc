using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Live;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Sending;

/// <summary>
/// Renders a notification in the user's language and records it on every channel their preferences
/// allow: email and SMS as deliveries (sent by <see cref="DeliverySender"/>), in-app as an inbox item
/// pushed live. Everything is keyed by the causing message, so handling it twice records nothing new.
/// </summary>
public sealed partial class Notifier(
    INotificationStore store,
    TemplateRenderer renderer,
    DeliverySignal signal,
    InboxFanOut inboxFanOut,
    TimeProvider clock,
    ILogger<Notifier> logger)
{
    public async Task NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var contact = await store.FindContactAsync(notification.UserId, cancellationToken);
        var preferences = await store.FindPreferencesAsync(notification.UserId, cancellationToken) ?? ChannelPreferences.Defaults(notification.UserId);
        var locale = Locales.Closest(preferences.Locale ?? contact?.Locale ?? notification.Locale);
        var email = notification.Email ?? contact?.Email;
        var name = contact?.DisplayName ?? notification.Name ?? email ?? "";
        var values = new Dictionary<string, string>(notification.Values(locale)) { ["Name"] = name };
        var message = renderer.Render(notification.Kind, locale, values);
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = false;

        if (email is not null && (notification.Transactional || preferences.Email))
        {
            recorded |= await store.AddDeliveryAsync(Delivery(notification, Channel.Email, email, name, message, now), cancellationToken);
        }
        else
        {
            LogNoEmail(logger, notification.Kind, notification.UserId);
        }

        if (!notification.Transactional && preferences.Sms && !string.IsNullOrEmpty(preferences.PhoneNumber))
        {
            var sms = Delivery(notification, Channel.Sms, preferences.PhoneNumber, null, message with { Text = message.Subject }, now);
            recorded |= await store.AddDeliveryAsync(sms, cancellationToken);
        }

        if (recorded)
        {
            signal.Notify();
        }

        if (!notification.Transactional && preferences.InApp)
        {
            var item = new InboxItem
            {
                Key = notification.MessageId.ToString(),
                UserId = notification.UserId,
                Kind = notification.Kind.ToString(),
                Title = message.Subject,
                Body = message.Text,
                OrderId = notification.OrderId,
                CreatedAtUtc = now,
            };
            if (await store.AddInboxItemAsync(item, cancellationToken))
            {
                await inboxFanOut.PublishAsync(item, cancellationToken);
            }
        }
    }

    private static Delivery Delivery(Notification notification, Channel channel, string recipient, string? name, RenderedMessage message, DateTime now) => new()
    {
        Key = $"{notification.MessageId}/{channel.ToString().ToLowerInvariant()}",
        UserId = notification.UserId,
        Channel = channel,
        Recipient = recipient,
        RecipientName = name,
        Kind = notification.Kind.ToString(),
        Locale = message.Locale,
        Subject = message.Subject,
        TextBody = message.Text,
        HtmlBody = channel == Channel.Email ? message.Html : null,
        CreatedAtUtc = now,
        NextAttemptAtUtc = now,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "No email for {Kind} to user {UserId}: no known address or email turned off")]
    private static partial void LogNoEmail(ILogger logger, NotificationKind kind, Guid userId);
}
