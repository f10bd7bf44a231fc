using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using K8sShop.Notifications.Contacts;

namespace K8sShop.Notifications.Templates;

/// <summary>Fills a kind's template in the user's language. Values are always text: HTML-encoded in the HTML body.</summary>
public sealed partial class TemplateRenderer
{
    private static readonly Dictionary<string, IReadOnlyDictionary<NotificationKind, MessageTemplate>> Templates =
        new Dictionary<string, IReadOnlyDictionary<NotificationKind, MessageTemplate>>
        {
            ["en"] = EnglishTemplates.All,
            ["fr"] = FrenchTemplates.All,
        };

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Vocabulary =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = EnglishTemplates.Words,
            ["fr"] = FrenchTemplates.Words,
        };

    public RenderedMessage Render(NotificationKind kind, string? locale, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var language = Locales.Closest(locale);
        var template = Templates[language][kind];
        return new RenderedMessage(
            language,
            Fill(template.Subject, values, encode: false),
            Fill(template.Text, values, encode: false),
            Fill(template.Html, values, encode: true));
    }

    /// <summary>A word in the user's language (an order status, "invoice"); the word itself when there is no translation.</summary>
    public static string Word(string? locale, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Vocabulary[Locales.Closest(locale)].TryGetValue(word, out var translated) ? translated : word;
    }

    /// <summary>An amount in minor units, formatted for the user's language (2 decimals; enough for the shop's currencies).</summary>
    public static string Money(string? locale, long minor, string currency) =>
        string.Create(CultureInfo.GetCultureInfo(Locales.Closest(locale)), $"{minor / 100m:N2} {currency}");

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, match =>
        {
            var value = values.TryGetValue(match.Groups[1].Value, out var found) ? found : "";
            return encode ? HtmlEncoder.Default.Encode(value) : value;
        });

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
