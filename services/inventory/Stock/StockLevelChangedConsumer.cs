using K8sShop.Contracts.Stock;
using MassTransit;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// Every replica hears every stock change (a broadcast consumer), so a shopper watching a product through
/// one replica sees the units another replica sold. Redelivery is harmless: the feed keeps the newest version.
/// </summary>
public sealed class StockLevelChangedConsumer(AvailabilityFeed feed) : IConsumer<StockLevelChanged>
{
    public Task Consume(ConsumeContext<StockLevelChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var change = context.Message;
        feed.Publish([new StockLevelView(change.ProductId, change.OnHand, change.Reserved, change.Available, change.Version)]);
        return Task.CompletedTask;
    }
}
