namespace K8sShop.Notifications.Sms;

/// <summary>Which SMS provider sends (configuration section <c>Notifications:Sms</c>).</summary>
public sealed class SmsOptions
{
    public const string Section = "Notifications:Sms";

    /// <summary><c>log</c> (development: the message is only logged, never its text) or <c>twilio</c>. Default log.</summary>
    public string Provider { get; set; } = "log";

    /// <summary>The provider's REST API; Twilio's unless a compatible gateway is used.</summary>
    public Uri BaseAddress { get; set; } = new("https://api.twilio.com/");

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The sending number (E.164).</summary>
    public string? From { get; set; }
}
