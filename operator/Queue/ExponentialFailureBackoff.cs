namespace K8sShop.Operator.Queue;

/// <summary>Per-key delay doubling on each failure (client-go ItemExponentialFailureRateLimiter).</summary>
public sealed class ExponentialFailureBackoff(TimeSpan baseDelay, TimeSpan maxDelay)
{
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public static ExponentialFailureBackoff Default() => new(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1000));

    public TimeSpan When(string key)
    {
        lock (_lock)
        {
            var failures = _failures.GetValueOrDefault(key);
            _failures[key] = failures + 1;

            // Past 2^40 the double would overflow TimeSpan long before reaching it; the cap applies anyway.
            var factor = Math.Pow(2, Math.Min(failures, 40));
            var delay = baseDelay.TotalMilliseconds * factor;
            return delay >= maxDelay.TotalMilliseconds ? maxDelay : TimeSpan.FromMilliseconds(delay);
        }
    }

    public int Failures(string key)
    {
        lock (_lock)
        {
            return _failures.GetValueOrDefault(key);
        }
    }

    public void Forget(string key)
    {
        lock (_lock)
        {
            _failures.Remove(key);
        }
    }
}
