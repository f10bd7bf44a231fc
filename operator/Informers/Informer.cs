using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace K8sShop.Operator.Informers;

/// <summary>
/// Keeps a cache of one kind: LIST, then WATCH from the list's resourceVersion with bookmarks,
/// LIST again when the version expired (410), retry with jittered exponential backoff on errors,
/// and hand every object to the handler again each resync period.
/// </summary>
public sealed partial class Informer(IWatchSource source, InformerOptions options, TimeProvider time, ILogger logger)
{
    private readonly Dictionary<string, JsonObject> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called for every add, change, delete and resync, with the object (the last known state for deletes).</summary>
    public event Action<JsonObject>? Changed;

    public string? ResourceVersion { get; private set; }

    public int Lists { get; private set; }

    public bool HasSynced => _synced.Task.IsCompleted;

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => _synced.Task.WaitAsync(cancellationToken);

    public JsonObject? Get(string key)
    {
        lock (_lock)
        {
            return _cache.GetValueOrDefault(key);
        }
    }

    public IReadOnlyList<JsonObject> Items()
    {
        lock (_lock)
        {
            return _cache.Values.ToList();
        }
    }

    public static string KeyOf(JsonObject obj) =>
        $"{(string?)obj["metadata"]?["namespace"]}/{(string?)obj["metadata"]?["name"]}";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var resync = ResyncLoopAsync(cancellationToken);
        var backoff = options.InitialBackoff;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (ResourceVersion is null)
                {
                    await ListAsync(cancellationToken).ConfigureAwait(false);
                }

                await WatchAsync(cancellationToken).ConfigureAwait(false);
                backoff = options.InitialBackoff;
            }
            catch (ResourceExpiredException)
            {
                LogExpired(logger, source.Description, ResourceVersion);
                ResourceVersion = null;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Any failure of the API server must become a retry, never the end of the informer.
            catch (Exception error)
#pragma warning restore CA1031
            {
                var wait = backoff * (1 + options.Jitter());
                LogRetry(logger, error, source.Description, wait);
                try
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                backoff = backoff * 2 > options.MaxBackoff ? options.MaxBackoff : backoff * 2;
            }
        }

        await resync.ConfigureAwait(false);
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var list = await source.ListAsync(cancellationToken).ConfigureAwait(false);
        Lists++;
        List<JsonObject> vanished;
        lock (_lock)
        {
            var listed = list.Items.ToDictionary(KeyOf, StringComparer.Ordinal);
            vanished = _cache.Where(pair => !listed.ContainsKey(pair.Key)).Select(pair => pair.Value).ToList();
            _cache.Clear();
            foreach (var (key, value) in listed)
            {
                _cache[key] = value;
            }
        }

        ResourceVersion = list.ResourceVersion;
        foreach (var item in vanished.Concat(list.Items))
        {
            Changed?.Invoke(item);
        }

        _synced.TrySetResult();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        await foreach (var watchEvent in source.WatchAsync(ResourceVersion!, cancellationToken).ConfigureAwait(false))
        {
            var version = (string?)watchEvent.Resource["metadata"]?["resourceVersion"];
            switch (watchEvent.Type)
            {
                case ObjectEventType.Bookmark:
                    // A bookmark only moves the resourceVersion forward so a restart need not relist.
                    ResourceVersion = version ?? ResourceVersion;
                    break;
                case ObjectEventType.Error when (int?)watchEvent.Resource["code"] == 410:
                    throw new ResourceExpiredException((string?)watchEvent.Resource["message"] ?? "resourceVersion expired");
                case ObjectEventType.Error:
                    throw new InvalidOperationException($"Watch error: {(string?)watchEvent.Resource["message"]}");
                case ObjectEventType.Deleted:
                    lock (_lock)
                    {
                        _cache.Remove(KeyOf(watchEvent.Resource));
                    }

                    ResourceVersion = version ?? ResourceVersion;
                    Changed?.Invoke(watchEvent.Resource);
                    break;
                default:
                    lock (_lock)
                    {
                        _cache[KeyOf(watchEvent.Resource)] = watchEvent.Resource;
                    }

                    ResourceVersion = version ?? ResourceVersion;
                    Changed?.Invoke(watchEvent.Resource);
                    break;
            }
        }
    }

    private async Task ResyncLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.ResyncPeriod, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var item in Items())
            {
                Changed?.Invoke(item);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch of {Source} expired at resourceVersion {ResourceVersion}; listing again")]
    private static partial void LogExpired(ILogger logger, string source, string? resourceVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch of {Source} failed; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, Exception error, string source, TimeSpan delay);
}
