using K8sShop.Notifications.Templates;

namespace K8sShop.Notifications.Sending;

/// <summary>
/// One notification to one user, caused by one message.
/// </summary>
/// <param name="MessageId">The causing message: keys the deliveries and inbox item, so a redelivery adds nothing.</param>
/// <param name="Values">The template's values in the user's language (given the chosen locale).</param>
/// <param name="Email">Send to this address instead of the contact's (an address being confirmed).</param>
/// <param name="Transactional">Account security mail: sent whatever the preferences say, never to the inbox or by SMS.</param>
/// <param name="Locale">The language to write in when neither the preferences nor the contact name one (the causing event's).</param>
/// <param name="Name">The name to greet the user by when the contact is not known yet (the causing event's).</param>
public sealed record Notification(
    Guid MessageId,
    Guid UserId,
    NotificationKind Kind,
    Func<string, IReadOnlyDictionary<string, string>> Values,
    Guid? OrderId = null,
    string? Email = null,
    bool Transactional = false,
    string? Locale = null,
    string? Name = null);
