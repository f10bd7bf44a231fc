namespace K8sShop.Testing.Mail;

/// <summary>A message as maildev's REST API shows it.</summary>
public sealed record MailDevMessage(string Id, string Subject, string? Text, string? Html, List<MailDevAddress> To, Dictionary<string, object>? Headers);
