namespace K8sShop.Chat.Live;

/// <summary>
/// Sends a hub event to a group's members on every replica of the chat service. The hub never calls
/// its own clients directly, so a client connected to another replica hears the same events.
/// </summary>
public interface IChatBroadcast
{
    Task SendAsync(string group, string method, object payload, CancellationToken cancellationToken);
}
