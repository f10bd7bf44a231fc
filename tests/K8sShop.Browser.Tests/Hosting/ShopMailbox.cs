using System.Net.Http.Json;
using K8sShop.Testing;
using MimeKit;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>
/// The distributed mode's mailbox: notifications writes every email as an <c>.eml</c> file into the run's
/// folder (scripts/up.sh), and lists and shows them at <c>/api/notifications/dev/mail</c> (Development only).
/// </summary>
public sealed class ShopMailbox(Uri origin) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = origin };

    /// <summary>The newest message to <paramref name="recipient"/> with this subject, waiting for it to be sent.</summary>
    public async Task<MimeMessage> WaitForAsync(string recipient, string subject, TimeSpan within)
    {
        var found = await Eventually.ReachesAsync(() => FindAsync(recipient, subject), m => m is not null, within, TimeSpan.FromSeconds(1));
        return found ?? throw new InvalidOperationException($"No email '{subject}' to {recipient} within {within.TotalSeconds} s.");
    }

    private async Task<MimeMessage?> FindAsync(string recipient, string subject)
    {
        var names = await _http.GetFromJsonAsync<List<string>>("/api/notifications/dev/mail") ?? [];
        foreach (var name in names)
        {
            await using var file = await _http.GetStreamAsync(new Uri("/api/notifications/dev/mail/" + Uri.EscapeDataString(name), UriKind.Relative));
            var message = await MimeMessage.LoadAsync(file);
            if (message.Subject == subject && message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            {
                return message;
            }
        }

        return null;
    }

    public void Dispose() => _http.Dispose();
}
