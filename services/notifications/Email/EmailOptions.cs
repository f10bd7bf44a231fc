namespace K8sShop.Notifications.Email;

/// <summary>How email leaves the service (configuration section <c>Notifications:Email</c>).</summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications:Email";

    /// <summary>
    /// <c>smtp</c> (through <see cref="SmtpOptions"/>) or <c>files</c> (<c>.eml</c> files under <see cref="Folder"/>,
    /// the embedded mode). Default: smtp when <c>Notifications:Smtp:Host</c> is set, otherwise files.
    /// </summary>
    public string? Mode { get; set; }

    public string From { get; set; } = "K8sShop <no-reply@k8sshop.local>";

    /// <summary>Where <c>files</c> mode writes. Default: <c>mail</c> under <c>DataFolder</c> (or <c>.data</c>).</summary>
    public string? Folder { get; set; }
}
