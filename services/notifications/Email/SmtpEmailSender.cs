using K8sShop.Notifications.Sending;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace K8sShop.Notifications.Email;

/// <summary>Sends email through the configured SMTP relay with MailKit; one connection per message.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> smtp, IOptions<EmailOptions> email) : IChannelSender
{
    public Channel Channel => Channel.Email;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var settings = smtp.Value;
        using var message = EmailMessages.Compose(delivery, email.Value.From);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Notifications:Smtp:Host is not configured."), settings.Port, settings.Tls, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
