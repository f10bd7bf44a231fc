using MailKit.Security;

namespace K8sShop.Notifications.Email;

/// <summary>The SMTP relay (configuration section <c>Notifications:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>, <c>SslOnConnect</c> or <c>Auto</c>. Default StartTls.</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Leave unset for a relay that needs no authentication.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
