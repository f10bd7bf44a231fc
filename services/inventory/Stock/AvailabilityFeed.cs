using System.Collections.Concurrent;
using System.Threading.Channels;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// Live availability inside this process: every committed stock change is pushed to the subscribers
/// (the server-sent events of <c>GET /api/catalog/availability</c>). One replica sees its own changes;
/// with several replicas each still answers correctly on the next page load.
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

    /// <summary>Changes from now on until <paramref name="cancellationToken"/> ends the subscription.</summary>
    public async IAsyncEnumerable<StockLevelView> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<StockLevelView>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[id] = channel;
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var level))
                {
                    yield return level;
                }
            }
        }
        finally
        {
            _subscribers.TryRemove(id, out _);
        }
    }
}
