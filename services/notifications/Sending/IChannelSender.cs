namespace K8sShop.Notifications.Sending;

/// <summary>Sends a rendered delivery on one channel; throws when the channel refused or could not be reached.</summary>
public interface IChannelSender
{
    Channel Channel { get; }

    Task SendAsync(Delivery delivery, CancellationToken cancellationToken);
}
