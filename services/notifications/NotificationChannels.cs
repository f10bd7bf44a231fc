using K8sShop.Notifications.Email;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Sms;

namespace K8sShop.Notifications;

/// <summary>The email and SMS senders configuration asks for.</summary>
public static class NotificationChannels
{
    public static IHostApplicationBuilder AddNotificationChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        builder.Services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section);
        builder.Services.AddSingleton<MailFolder>();

        var email = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var smtpHost = builder.Configuration[$"{SmtpOptions.Section}:Host"];
        var mode = email.Mode ?? (string.IsNullOrEmpty(smtpHost) ? "files" : "smtp");
        if (string.Equals(mode, "smtp", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(smtpHost))
            {
                throw new InvalidOperationException("Notifications:Email:Mode is smtp but Notifications:Smtp:Host is not set.");
            }

            builder.Services.AddScoped<IChannelSender, SmtpEmailSender>();
        }
        else if (string.Equals(mode, "files", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddScoped<IChannelSender, FileEmailSender>();
        }
        else
        {
            throw new InvalidOperationException($"Notifications:Email:Mode '{mode}' is neither smtp nor files.");
        }

        var sms = builder.Configuration.GetSection(SmsOptions.Section).Get<SmsOptions>() ?? new SmsOptions();
        if (string.Equals(sms.Provider, "twilio", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHttpClient<IChannelSender, TwilioSmsSender>(TwilioSmsSender.HttpClientName);
        }
        else if (string.Equals(sms.Provider, "log", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddScoped<IChannelSender, LogSmsSender>();
        }
        else
        {
            throw new InvalidOperationException($"Notifications:Sms:Provider '{sms.Provider}' is neither twilio nor log.");
        }

        return builder;
    }
}
