namespace K8sShop.Notifications.Contacts;

/// <summary>Where and how to reach a user, learnt from <c>UserRegistered</c>.</summary>
public sealed class Contact
{
    public Guid UserId { get; set; }

    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The language templates are rendered in (<c>en</c> or <c>fr</c>).</summary>
    public string Locale { get; set; } = Locales.Default;
}
