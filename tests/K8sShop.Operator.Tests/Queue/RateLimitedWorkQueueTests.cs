using K8sShop.Operator.Queue;
using Microsoft.Extensions.Time.Testing;

namespace K8sShop.Operator.Tests.Queue;

public sealed class RateLimitedWorkQueueTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Duplicate_adds_of_a_waiting_key_collapse_into_one()
    {
        using var queue = new RateLimitedWorkQueue(_clock);
        queue.Add("shop/a");
        queue.Add("shop/a");
        queue.Add("shop/b");

        Assert.Equal(2, queue.Depth);
        Assert.Equal("shop/a", await queue.GetAsync(CancellationToken.None));
        Assert.Equal("shop/b", await queue.GetAsync(CancellationToken.None));
        Assert.Equal(0, queue.Depth);
    }

    [Fact]
    public async Task A_key_being_processed_is_not_handed_out_again_until_done()
    {
        using var queue = new RateLimitedWorkQueue(_clock);
        queue.Add("shop/a");
        var key = await queue.GetAsync(CancellationToken.None);

        queue.Add("shop/a");
        Assert.Equal(0, queue.Depth);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.GetAsync(timeout.Token));

        queue.Done(key!);
        Assert.Equal(1, queue.Depth);
        Assert.Equal("shop/a", await queue.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_workers_never_hold_the_same_key_at_once()
    {
        using var queue = new RateLimitedWorkQueue(_clock);
        var inFlight = 0;
        var maxInFlight = 0;
        var processed = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await queue.GetAsync(stop.Token) is { } key)
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                await Task.Delay(1);
                Interlocked.Decrement(ref inFlight);
                Interlocked.Increment(ref processed);
                queue.Done(key);
            }
        })).ToArray();

        for (var i = 0; i < 200; i++)
        {
            queue.Add("shop/same");
            await Task.Yield();
        }

        await Eventually.TrueAsync(() => queue.Depth == 0 && Volatile.Read(ref inFlight) == 0, "the queue drains");
        queue.ShutDown();
        await Task.WhenAll(workers);
        Assert.Equal(1, maxInFlight);
        Assert.InRange(processed, 1, 200);
    }

    [Fact]
    public void Failure_backoff_doubles_from_5_ms_up_to_1000_s_and_resets_on_forget()
    {
        var backoff = ExponentialFailureBackoff.Default();
        Assert.Equal(TimeSpan.FromMilliseconds(5), backoff.When("k"));
        Assert.Equal(TimeSpan.FromMilliseconds(10), backoff.When("k"));
        Assert.Equal(TimeSpan.FromMilliseconds(20), backoff.When("k"));
        Assert.Equal(TimeSpan.FromMilliseconds(5), backoff.When("other"));
        for (var i = 0; i < 40; i++)
        {
            backoff.When("k");
        }

        Assert.Equal(TimeSpan.FromSeconds(1000), backoff.When("k"));
        backoff.Forget("k");
        Assert.Equal(TimeSpan.FromMilliseconds(5), backoff.When("k"));
    }

    [Fact]
    public async Task Rate_limited_add_waits_for_the_backoff_on_the_fake_clock()
    {
        using var queue = new RateLimitedWorkQueue(_clock);
        Assert.Equal(TimeSpan.FromMilliseconds(5), queue.AddRateLimited("shop/a"));
        Assert.Equal(0, queue.Depth);
        _clock.Advance(TimeSpan.FromMilliseconds(4));
        Assert.Equal(0, queue.Depth);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, queue.Depth);
        Assert.Equal("shop/a", await queue.GetAsync(CancellationToken.None));
        queue.Done("shop/a");

        Assert.Equal(TimeSpan.FromMilliseconds(10), queue.AddRateLimited("shop/a"));
        Assert.Equal(2, queue.NumRequeues("shop/a"));
        queue.Forget("shop/a");
        Assert.Equal(0, queue.NumRequeues("shop/a"));
        Assert.Equal(TimeSpan.FromMilliseconds(5), queue.AddRateLimited("shop/a"));
    }

    [Fact]
    public void Overall_token_bucket_limits_bursts_across_keys()
    {
        var bucket = new TokenBucket(tokensPerSecond: 10, burst: 2, _clock);
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.FromMilliseconds(100), bucket.Reserve());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
    }

    [Fact]
    public async Task Shut_down_queue_hands_out_no_more_keys()
    {
        using var queue = new RateLimitedWorkQueue(_clock);
        var waiting = queue.GetAsync(CancellationToken.None);
        queue.ShutDown();
        Assert.Null(await waiting);
        queue.Add("shop/a");
        Assert.Equal(0, queue.Depth);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
