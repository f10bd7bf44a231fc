using System.Collections.Concurrent;
using System.Threading.Channels;
using K8sShop.Contracts.Stock;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// Live availability: every committed stock change is pushed to this replica's subscribers (the server-sent
/// events of <c>GET /api/catalog/availability</c>). Changes made through this replica arrive at once from
/// <see cref="StockKeeper"/>; every replica's changes arrive through <see cref="StockLevelChanged"/> on the bus.
/// Each product's version lets a change pass once, and never after a newer one.
/// </summary>
public sealed class AvailabilityFeed
{
    private readonly ConcurrentDictionary<Guid, Channel<StockLevelView>> _subscribers = new();
    private readonly ConcurrentDictionary<Guid, long> _versions = new();

    public void Publish(IReadOnlyList<StockLevelView> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        foreach (var level in levels)
        {
            if (!IsNewest(level))
            {
                continue;
            }

            foreach (var subscriber in _subscribers.Values)
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

    private bool IsNewest(StockLevelView level)
    {
        while (true)
        {
            if (!_versions.TryGetValue(level.ProductId, out var seen))
            {
                if (_versions.TryAdd(level.ProductId, level.Version))
                {
                    return true;
                }

                continue;
            }

            if (level.Version <= seen)
            {
                return false;
            }

            if (_versions.TryUpdate(level.ProductId, level.Version, seen))
            {
                return true;
            }
        }
    }
}
