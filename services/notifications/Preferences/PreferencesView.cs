namespace K8sShop.Notifications.Preferences;

/// <summary>A user's channel preferences as the API reads and writes them.</summary>
public sealed record PreferencesView(bool Email, bool Sms, bool InApp, string? PhoneNumber, string? Locale)
{
    public static PreferencesView Of(ChannelPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return new(preferences.Email, preferences.Sms, preferences.InApp, preferences.PhoneNumber, preferences.Locale);
    }
}
