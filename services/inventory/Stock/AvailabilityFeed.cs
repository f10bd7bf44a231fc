using System.Collections.Concurrent;
using System.Threading.Channels;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// Live availability inside this process: every committed stock change is pushed to the subscribers
/// (the server-sent events of <c>GET /api/catalog/availability</c>). A replica sees the changes made
/// through itself; with several replicas a client still gets every change on its next page load.
/// </summary>
public sealed class AvailabilityFeed
{
    private readonly ConcurrentDictionary<Guid, Channel<StockLevelView>> _subscribers = new();

    public void Publish(IReadOnlyList<StockLevelView> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        foreach (var subscriber in _subscribers.Values)
        {
            foreach (var level in levels)
            {
                subscriber.Writer.TryWrite(level);
            }
        }
    }

    /// <summary>Starts receiving changes now (before the caller reads a snapshot, so none is missed); dispose to stop.</summary>
    public AvailabilitySubscription Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<StockLevelView>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[id] = channel;
        return new AvailabilitySubscription(channel.Reader, () => _subscribers.TryRemove(id, out _));
    }
}
