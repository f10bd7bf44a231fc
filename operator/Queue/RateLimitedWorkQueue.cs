using System.Diagnostics.CodeAnalysis;

namespace K8sShop.Operator.Queue;

/// <summary>
/// client-go's rate-limited work queue: a key is handed to one worker at a time, adds of a queued
/// key collapse into one, a key added while it is being processed is queued again when Done is
/// called, and failures back off per key (plus an overall token bucket) until Forget.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the name is client-go's, which readers of operators know.")]
public sealed class RateLimitedWorkQueue : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ExponentialFailureBackoff _backoff;
    private readonly TokenBucket _bucket;
    private readonly Lock _lock = new();
    private readonly LinkedList<string> _queue = new();
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private readonly HashSet<string> _processing = new(StringComparer.Ordinal);
    private readonly HashSet<ITimer> _timers = [];
    private readonly SemaphoreSlim _available = new(0);
    private bool _shutDown;

    public RateLimitedWorkQueue(TimeProvider time, ExponentialFailureBackoff? backoff = null, TokenBucket? bucket = null)
    {
        _time = time;
        _backoff = backoff ?? ExponentialFailureBackoff.Default();
        _bucket = bucket ?? TokenBucket.Default(time);
    }

    /// <summary>Keys waiting (not counting those being processed or delayed).</summary>
    public int Depth
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    public void Add(string key)
    {
        lock (_lock)
        {
            if (_shutDown || !_dirty.Add(key) || _processing.Contains(key))
            {
                return;
            }

            _queue.AddLast(key);
        }

        _available.Release();
    }

    public void AddAfter(string key, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            Add(key);
            return;
        }

        lock (_lock)
        {
            if (_shutDown)
            {
                return;
            }

            ITimer? timer = null;
            timer = _time.CreateTimer(
                _ =>
                {
                    lock (_lock)
                    {
                        _timers.Remove(timer!);
                    }

                    timer!.Dispose();
                    Add(key);
                },
                null,
                delay,
                Timeout.InfiniteTimeSpan);
            _timers.Add(timer);
        }
    }

    /// <summary>Queues the key again after its backoff; call after a failed reconcile.</summary>
    public TimeSpan AddRateLimited(string key)
    {
        var delay = _backoff.When(key);
        var overall = _bucket.Reserve();
        if (overall > delay)
        {
            delay = overall;
        }

        AddAfter(key, delay);
        return delay;
    }

    /// <summary>Clears the key's failure count; call after a successful reconcile.</summary>
    public void Forget(string key) => _backoff.Forget(key);

    public int NumRequeues(string key) => _backoff.Failures(key);

    /// <summary>Waits for a key and marks it as processing; null once shut down.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_lock)
            {
                if (_shutDown && _queue.Count == 0)
                {
                    return null;
                }
            }

            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                if (_queue.First is { } first)
                {
                    _queue.RemoveFirst();
                    _processing.Add(first.Value);
                    _dirty.Remove(first.Value);
                    return first.Value;
                }
            }
        }
    }

    /// <summary>Ends processing of the key; if it was added meanwhile it is queued again now.</summary>
    public void Done(string key)
    {
        var requeued = false;
        lock (_lock)
        {
            _processing.Remove(key);
            if (_dirty.Contains(key) && !_shutDown)
            {
                _queue.AddLast(key);
                requeued = true;
            }
        }

        if (requeued)
        {
            _available.Release();
        }
    }

    public void ShutDown()
    {
        lock (_lock)
        {
            _shutDown = true;
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }

        // Wake every waiting worker so it can see the shutdown.
        _available.Release(64);
    }

    public void Dispose()
    {
        ShutDown();
        _available.Dispose();
    }
}
