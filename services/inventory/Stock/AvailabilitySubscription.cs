namespace K8sShop.Inventory.Stock;

/// <summary>One listener of the <see cref="AvailabilityFeed"/>.</summary>
public sealed class AvailabilitySubscription(System.Threading.Channels.ChannelReader<StockLevelView> changes, Action unsubscribe) : IDisposable
{
    public System.Threading.Channels.ChannelReader<StockLevelView> Changes { get; } = changes;

    public void Dispose() => unsubscribe();
}
