namespace K8sShop.Chat.Live;

/// <summary>
/// A sliding window over one connection's recent sends: at most <c>limit</c> within <c>window</c>.
/// Time comes from the injected clock, so tests move it instead of waiting.
/// </summary>
public sealed class MessageRateWindow(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    public bool TryAcquire()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            while (_sent.Count > 0 && now - _sent.Peek() >= window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= limit)
            {
                return false;
            }

            _sent.Enqueue(now);
            return true;
        }
    }
}
