using System.Net;
using System.Text;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>Answers as Twilio's Messages API answered when recorded (bodies from Twilio's API reference), and keeps what was asked.</summary>
public sealed class RecordedTwilioResponses(HttpStatusCode status, string body) : HttpMessageHandler
{
    public const string Queued = """
        {"account_sid":"AC0123456789abcdef","api_version":"2010-04-01","body":"Your order AB12CD34 is now Shipped","direction":"outbound-api","from":"+15005550006","sid":"SM00000000000000000000000000000000","status":"queued","to":"+33612345678"}
        """;

    public const string InvalidNumber = """
        {"code":21211,"message":"The 'To' number +1000 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}
        """;

    public List<(string Uri, string? Authorization, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), content));
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
