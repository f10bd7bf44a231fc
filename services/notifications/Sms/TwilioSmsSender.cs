using System.Net.Http.Headers;
using System.Text;
using K8sShop.Notifications.Sending;
using Microsoft.Extensions.Options;

namespace K8sShop.Notifications.Sms;

/// <summary>
/// SMS through Twilio's Messages REST API (<c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>, form
/// encoded, basic auth with the account SID and auth token). Any non-2xx answer is a failed attempt.
/// </summary>
public sealed class TwilioSmsSender(HttpClient http, IOptions<SmsOptions> options) : IChannelSender
{
    public const string HttpClientName = "sms-twilio";

    public Channel Channel => Channel.Sms;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var settings = options.Value;
        var sid = settings.AccountSid ?? throw new InvalidOperationException("Notifications:Sms:AccountSid is not configured.");
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            new Uri(settings.BaseAddress, $"2010-04-01/Accounts/{Uri.EscapeDataString(sid)}/Messages.json"));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sid}:{settings.AuthToken}")));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = delivery.Recipient,
            ["From"] = settings.From ?? throw new InvalidOperationException("Notifications:Sms:From is not configured."),
            ["Body"] = delivery.TextBody,
        });
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Twilio's error body names the problem (code, message) and never echoes the credentials.
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"SMS provider answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}", null, response.StatusCode);
        }
    }
}
