using System.Text.Json;
using MassTransit;

namespace K8sShop.Chat.Live;

/// <summary>
/// Fans hub events out to every replica through the service bus: each is published as a <see cref="ChatSignal"/>,
/// which every replica receives on a temporary queue of its own (<see cref="ChatSignalConsumer"/>, registered with
/// ServiceDefaults' <c>AddBroadcastConsumer</c>) and hands to its own clients. A replica delivers only what comes
/// back from the bus, so every client sees each event once. Events are live signals, not records (the store has
/// those), so they are published directly, not through an outbox.
/// </summary>
public sealed class BusChatBroadcast(IBus bus) : IChatBroadcast
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SendAsync(string group, string method, object payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return bus.Publish(new ChatSignal(group, method, JsonSerializer.SerializeToElement(payload, payload.GetType(), Json)), cancellationToken);
    }
}
