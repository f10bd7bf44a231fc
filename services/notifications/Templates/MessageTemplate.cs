namespace K8sShop.Notifications.Templates;

/// <summary>
/// A template in one language. Placeholders are <c>{{Name}}</c>; values are inserted as text, and
/// HTML-encoded in <see cref="Html"/>, so no value can add markup.
/// </summary>
public sealed record MessageTemplate(string Subject, string Text, string Html);
