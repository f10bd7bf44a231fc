using System.Globalization;
using K8sShop.Notifications;
using K8sShop.Testing.Mail;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// The checkout shop plus the real notifications service as one more host (its own MariaDB database, the
/// same vhost, users as its token issuer), sending email to a real SMTP server (maildev).
/// </summary>
public sealed class NotifyingShop : CheckoutShop
{
    public NotifyingShop()
    {
        Notifications = Service(NotificationsService.Name, b => b.AddNotifications(), a => a.MapNotifications());
    }

    public ServiceHost Notifications { get; }

    public MailDevServer Mail { get; } = new();

    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Notifications:Email:Mode"] = "smtp",
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Notifications:Smtp:Tls"] = "None",
        ["Notifications:Delivery:PollInterval"] = "00:00:01",
    };

    public override async Task InitializeAsync()
    {
        await Mail.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
