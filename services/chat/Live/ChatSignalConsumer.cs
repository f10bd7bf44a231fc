using MassTransit;
using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Chat.Live;

/// <summary>Hands a hub event from any replica (this one included) to this replica's members of its group.</summary>
public sealed class ChatSignalConsumer(IHubContext<ChatHub> hub) : IConsumer<ChatSignal>
{
    public Task Consume(ConsumeContext<ChatSignal> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signal = context.Message;
        return hub.Clients.Group(signal.Group).SendAsync(signal.Method, signal.Payload, context.CancellationToken);
    }
}
