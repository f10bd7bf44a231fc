using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Chat.Live;

/// <summary>One replica (the embedded mode, in-memory bus): its own connections are everyone.</summary>
public sealed class LocalChatBroadcast(IHubContext<ChatHub> hub) : IChatBroadcast
{
    public Task SendAsync(string group, string method, object payload, CancellationToken cancellationToken) =>
        hub.Clients.Group(group).SendAsync(method, payload, cancellationToken);
}
