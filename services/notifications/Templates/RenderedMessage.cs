namespace K8sShop.Notifications.Templates;

/// <summary>A template with its values in: what a channel sends.</summary>
public sealed record RenderedMessage(string Locale, string Subject, string Text, string Html);
