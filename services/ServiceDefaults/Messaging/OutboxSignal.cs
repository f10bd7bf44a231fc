using System.Threading.Channels;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>
/// Wakes one service's outbox dispatcher when a message was saved, so dispatch latency is not the
/// poll interval. One signal per DbContext type: in the embedded host nine dispatchers share a process.
/// </summary>
public sealed class OutboxSignal<TContext> : IOutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when notified or when <paramref name="timeout"/> passes, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, stopDelay.Token);
        var signalled = _channel.Reader.WaitToReadAsync(cancellationToken).AsTask();
        await Task.WhenAny(delay, signalled);
        await stopDelay.CancelAsync();
        _channel.Reader.TryRead(out _);
    }
}
