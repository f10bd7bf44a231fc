namespace K8sShop.Operator.Queue;

/// <summary>Overall limit across all keys (client-go BucketRateLimiter): each call reserves a token and says how long to wait for it.</summary>
public sealed class TokenBucket(double tokensPerSecond, int burst, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _tokens = burst;
    private long _last = time.GetTimestamp();

    public static TokenBucket Default(TimeProvider time) => new(10, 100, time);

    public TimeSpan Reserve()
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * tokensPerSecond));
            _last = now;
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / tokensPerSecond);
        }
    }
}
