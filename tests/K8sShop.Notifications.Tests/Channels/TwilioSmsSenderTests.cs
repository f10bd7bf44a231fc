using System.Net;
using System.Text;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Sms;
using Microsoft.Extensions.Options;
using Xunit;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>The Twilio provider against recorded Twilio responses (Twilio's servers cannot be reached from here).</summary>
public sealed class TwilioSmsSenderTests
{
    private static readonly SmsOptions Settings = new() { Provider = "twilio", AccountSid = "AC0123456789abcdef", AuthToken = "secret-token", From = "+15005550006" };

    [Fact]
    public async Task Sends_the_message_as_twilio_expects_against_recorded_twilio_responses()
    {
        using var twilio = new RecordedTwilioResponses(HttpStatusCode.Created, RecordedTwilioResponses.Queued);
        using var http = new HttpClient(twilio);
        var sender = new TwilioSmsSender(http, Options.Create(Settings));

        await sender.SendAsync(Sms("+33612345678", "Your order AB12CD34 is now Shipped"), CancellationToken.None);

        var request = Assert.Single(twilio.Requests);
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef/Messages.json", request.Uri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("AC0123456789abcdef:secret-token")), request.Authorization);
        Assert.Equal("To=%2B33612345678&From=%2B15005550006&Body=Your+order+AB12CD34+is+now+Shipped", request.Body);
    }

    [Fact]
    public async Task A_refusal_is_a_failed_attempt_against_recorded_twilio_responses()
    {
        using var twilio = new RecordedTwilioResponses(HttpStatusCode.BadRequest, RecordedTwilioResponses.InvalidNumber);
        using var http = new HttpClient(twilio);
        var sender = new TwilioSmsSender(http, Options.Create(Settings));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendAsync(Sms("+1000", "Hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Contains("21211", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", failure.Message, StringComparison.Ordinal);
    }

    private static Sending.Delivery Sms(string to, string text) => new()
    {
        Key = $"{Guid.NewGuid()}/sms",
        Channel = Channel.Sms,
        Recipient = to,
        Kind = "OrderStatusChanged",
        Locale = "en",
        Subject = text,
        TextBody = text,
    };
}
