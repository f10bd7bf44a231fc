using K8sShop.Notifications.Sending;
using Microsoft.Extensions.Options;

namespace K8sShop.Notifications.Email;

/// <summary>The embedded mode's "SMTP server": each email becomes an <c>.eml</c> file any mail client opens.</summary>
public sealed class FileEmailSender(MailFolder folder, IOptions<EmailOptions> email, TimeProvider clock) : IChannelSender
{
    public Channel Channel => Channel.Email;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        Directory.CreateDirectory(folder.Path);
        using var message = EmailMessages.Compose(delivery, email.Value.From);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss}-{delivery.Id:N}.eml";
        // Written aside and then renamed, so the viewer never lists a half-written file.
        var partial = Path.Combine(folder.Path, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder.Path, name), overwrite: true);
    }
}
