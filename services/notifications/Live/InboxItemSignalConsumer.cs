using MassTransit;

namespace K8sShop.Notifications.Live;

/// <summary>Every replica's half of <see cref="InboxFanOut"/>: hands the item to the user's connections this replica holds.</summary>
public sealed class InboxItemSignalConsumer(LivePush push) : IConsumer<InboxItemSignal>
{
    public Task Consume(ConsumeContext<InboxItemSignal> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return push.PushAsync(context.Message.UserId, context.Message.Item, context.CancellationToken);
    }
}
