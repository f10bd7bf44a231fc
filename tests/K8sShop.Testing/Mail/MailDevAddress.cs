namespace K8sShop.Testing.Mail;

/// <summary>A recipient of a <see cref="MailDevMessage"/>.</summary>
public sealed record MailDevAddress(string Address, string? Name);
