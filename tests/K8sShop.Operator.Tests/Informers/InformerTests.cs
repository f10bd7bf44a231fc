using System.Collections.Concurrent;
using K8sShop.Operator.Informers;
using K8sShop.Operator.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static K8sShop.Operator.Tests.Fakes.ScriptedWatchSource;

namespace K8sShop.Operator.Tests.Informers;

public sealed class InformerTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedWatchSource _source = new();
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Informer _informer;

    public InformerTests()
    {
        _informer = new Informer(_source, new InformerOptions { ResyncPeriod = TimeSpan.FromMinutes(5), Jitter = () => 0.5 }, _clock, NullLogger.Instance);
        _informer.Changed += obj => _seen.Enqueue((string)obj["metadata"]!["name"]!);
    }

    [Fact]
    public async Task Lists_then_watches_from_the_list_resource_version()
    {
        _source.ScriptList("10", Obj("a", "9"));
        var watch = _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);

        await _informer.WaitForSyncAsync(CancellationToken.None);
        watch.TryWrite(() => Event(ObjectEventType.Added, "b", "11"));
        await Eventually.TrueAsync(() => _informer.Get("shop/b") is not null, "b is cached");

        Assert.Equal(["10"], _source.WatchedFrom);
        Assert.Equal("11", _informer.ResourceVersion);
        Assert.Equal(["a", "b"], _seen);
        await StopAsync(run);
    }

    [Fact]
    public async Task Bookmark_moves_the_resource_version_without_notifying()
    {
        _source.ScriptList("10");
        var first = _source.ScriptWatch();
        _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None);

        first.TryWrite(() => Bookmark("42"));
        await Eventually.TrueAsync(() => _informer.ResourceVersion == "42", "the bookmark is taken");
        first.Complete();

        await Eventually.TrueAsync(() => _source.WatchedFrom.Count == 2, "the watch restarts");
        Assert.Equal(["10", "42"], _source.WatchedFrom);
        Assert.Equal(1, _source.ListCalls);
        Assert.Empty(_seen);
        await StopAsync(run);
    }

    [Fact]
    public async Task Expired_resource_version_410_relists_and_drops_vanished_objects()
    {
        _source.ScriptList("10", Obj("a", "9"), Obj("b", "9"));
        var first = _source.ScriptWatch();
        _source.ScriptList("20", Obj("a", "19"));
        _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None);

        first.TryWrite(Gone);
        await Eventually.TrueAsync(() => _source.ListCalls == 2 && _source.WatchedFrom.Count == 2, "the informer relists");

        Assert.Equal(["10", "20"], _source.WatchedFrom);
        Assert.Null(_informer.Get("shop/b"));
        Assert.Equal("19", (string)_informer.Get("shop/a")!["metadata"]!["resourceVersion"]!);
        Assert.Contains("b", _seen.Skip(2));
        await StopAsync(run);
    }

    [Fact]
    public async Task Errors_back_off_with_jitter_on_the_fake_clock_then_recover()
    {
        _source.ScriptList("10");
        var failing = _source.ScriptWatch();
        var working = _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None);

        failing.Complete(new HttpRequestException("connection refused"));
        await Task.Delay(50);

        // First backoff is 800 ms × (1 + 0.5 jitter) = 1.2 s: not retried before that.
        _clock.Advance(TimeSpan.FromMilliseconds(1100));
        await Task.Delay(50);
        Assert.Single(_source.WatchedFrom);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        // Keep the fake clock moving: under load the informer may arm its backoff timer after the advances above.
        await Eventually.TrueAsync(() => _source.WatchedFrom.Count == 2, "the watch is retried after the backoff", _clock, TimeSpan.FromMilliseconds(100));

        working.TryWrite(() => Event(ObjectEventType.Modified, "a", "12"));
        await Eventually.TrueAsync(() => _informer.Get("shop/a") is not null, "events flow again");
        await StopAsync(run);
    }

    [Fact]
    public async Task Deleted_event_removes_from_cache_and_notifies()
    {
        _source.ScriptList("10", Obj("a", "9"));
        var watch = _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None);

        watch.TryWrite(() => Event(ObjectEventType.Deleted, "a", "11"));
        await Eventually.TrueAsync(() => _informer.Get("shop/a") is null, "a is gone");
        Assert.Equal(["a", "a"], _seen);
        await StopAsync(run);
    }

    [Fact]
    public async Task Resync_hands_every_cached_object_to_the_handler_again()
    {
        _source.ScriptList("10", Obj("a", "9"), Obj("b", "9"));
        _source.ScriptWatch();
        var run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None);
        _seen.Clear();

        _clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.TrueAsync(() => _seen.Count == 2, "both objects are resynced");
        await StopAsync(run);
    }

    public void Dispose() => _stop.Dispose();

    private async Task StopAsync(Task run)
    {
        await _stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
