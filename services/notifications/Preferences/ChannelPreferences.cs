namespace K8sShop.Notifications.Preferences;

/// <summary>Which channels a user accepts notifications on; a user who never chose gets <see cref="Defaults"/>.</summary>
public sealed class ChannelPreferences
{
    public Guid UserId { get; set; }

    public bool Email { get; set; } = true;

    public bool Sms { get; set; }

    public bool InApp { get; set; } = true;

    /// <summary>E.164 number for SMS; SMS is sent only when this is set and <see cref="Sms"/> is on.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>Overrides the contact's language when set.</summary>
    public string? Locale { get; set; }

    public static ChannelPreferences Defaults(Guid userId) => new() { UserId = userId };
}
