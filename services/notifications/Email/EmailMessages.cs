using K8sShop.Notifications.Sending;
using MimeKit;

namespace K8sShop.Notifications.Email;

/// <summary>Turns an email delivery into a MIME message: text and HTML alternatives.</summary>
public static class EmailMessages
{
    public static MimeMessage Compose(Delivery delivery, string from)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(delivery.RecipientName ?? "", delivery.Recipient));
        message.Subject = delivery.Subject;
        message.MessageId = $"{delivery.Id:N}@k8sshop";
        message.Headers.Add("Content-Language", delivery.Locale);
        var body = new BodyBuilder { TextBody = delivery.TextBody, HtmlBody = delivery.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
