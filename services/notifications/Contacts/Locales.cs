namespace K8sShop.Notifications.Contacts;

/// <summary>The languages notifications are written in; anything else falls back to English.</summary>
public static class Locales
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = ["en", "fr"];

    /// <summary>The supported language closest to <paramref name="requested"/> (<c>fr-CA</c> → <c>fr</c>).</summary>
    public static string Closest(string? requested)
    {
        var language = (requested ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
        return Supported.Contains(language) ? language : Default;
    }
}
