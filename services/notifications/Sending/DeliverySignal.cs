namespace K8sShop.Notifications.Sending;

/// <summary>Wakes the <see cref="DeliverySender"/> as soon as a delivery is recorded, instead of at its next poll.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up sends everything due.
        }
    }

    /// <summary>Returns when notified or after <paramref name="timeout"/> on <paramref name="clock"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var notified = _pending.WaitAsync(either.Token);
        var elapsed = Task.Delay(timeout, clock, either.Token);
        await Task.WhenAny(notified, elapsed);
        await either.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _pending.Dispose();
}
