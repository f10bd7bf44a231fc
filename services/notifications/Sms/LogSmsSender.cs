using K8sShop.Notifications.Sending;

namespace K8sShop.Notifications.Sms;

/// <summary>Development SMS: records that a message would have gone out, without its text or the full number.</summary>
public sealed partial class LogSmsSender(ILogger<LogSmsSender> logger) : IChannelSender
{
    public Channel Channel => Channel.Sms;

    public Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var number = delivery.Recipient;
        LogWouldSend(logger, delivery.Kind, delivery.Id, number.Length > 4 ? "…" + number[^4..] : "…");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Kind} delivery {DeliveryId} to {MaskedNumber} (log-only provider, nothing sent)")]
    private static partial void LogWouldSend(ILogger logger, string kind, Guid deliveryId, string maskedNumber);
}
