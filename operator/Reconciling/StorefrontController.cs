using System.Text.Json.Nodes;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Informers;
using K8sShop.Operator.Model;
using K8sShop.Operator.Queue;
using K8sShop.Operator.Rendering;
using Microsoft.Extensions.Logging;

namespace K8sShop.Operator.Reconciling;

/// <summary>
/// Informers for Storefronts and every owned kind feed the work queue
/// (owned objects through their controller owner reference); workers reconcile keys from it,
/// forgetting a key's failures on success and backing it off on error.
/// </summary>
public sealed partial class StorefrontController(
    StorefrontReconciler reconciler,
    Func<ResourceKind, string?, string?, IWatchSource> watchSources,
    RateLimitedWorkQueue queue,
    OperatorMetrics metrics,
    ControllerOptions options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private const string ManagedSelector = ObjectMetadata.ManagedByLabel + "=" + ShopCatalog.FieldManager;

    private readonly ILogger _logger = loggers.CreateLogger<StorefrontController>();
    private volatile bool _synced;

    public bool HasSynced => _synced;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var informerOptions = new InformerOptions { ResyncPeriod = options.ResyncPeriod };
        var namespaces = options.WatchNamespaces.Count == 0 ? [null] : options.WatchNamespaces.Select(ns => (string?)ns).ToList();
        var informers = new List<Informer>();
        foreach (var ns in namespaces)
        {
            var storefronts = new Informer(watchSources(ResourceKinds.Storefront, ns, null), informerOptions, time, loggers.CreateLogger<Informer>());
            storefronts.Changed += obj => queue.Add(Informer.KeyOf(obj));
            informers.Add(storefronts);
            // Every owned kind is watched, so a change by anyone else is reverted at once, not at the next resync.
            foreach (var kind in ResourceKinds.Owned)
            {
                var owned = new Informer(watchSources(kind, ns, ManagedSelector), informerOptions, time, loggers.CreateLogger<Informer>());
                owned.Changed += obj =>
                {
                    if (OwnerKey(obj) is { } key)
                    {
                        queue.Add(key);
                    }
                };
                informers.Add(owned);
            }
        }

        var running = informers.Select(informer => informer.RunAsync(cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(informers.Select(i => i.WaitForSyncAsync(cancellationToken))).ConfigureAwait(false);
            _synced = true;
            LogStarted(_logger, informers.Count, options.Workers);
            var workers = Enumerable.Range(0, options.Workers).Select(_ => WorkAsync(cancellationToken)).ToList();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        finally
        {
            queue.ShutDown();
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    /// <summary>The Storefront key of an owned object, through its controller owner reference.</summary>
    public static string? OwnerKey(JsonObject obj)
    {
        var owner = obj["metadata"]?["ownerReferences"]?.AsArray().FirstOrDefault(o =>
            (bool?)o?["controller"] == true && (string?)o["kind"] == Storefront.KindName && (string?)o["apiVersion"] == Storefront.ApiVersionName);
        return owner is null ? null : $"{(string?)obj["metadata"]!["namespace"]}/{(string?)owner["name"]}";
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        while (await queue.GetAsync(cancellationToken).ConfigureAwait(false) is { } key)
        {
            var started = time.GetTimestamp();
            try
            {
                var requeue = await reconciler.ReconcileAsync(key, cancellationToken).ConfigureAwait(false);
                queue.Forget(key);
                if (requeue is { } delay)
                {
                    queue.AddAfter(key, delay);
                }

                metrics.Reconciled(time.GetElapsedTime(started), success: true);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed, the key is retried with backoff; the worker must survive.
            catch (Exception error)
#pragma warning restore CA1031
            {
                var delay = queue.AddRateLimited(key);
                metrics.Reconciled(time.GetElapsedTime(started), success: false);
                LogFailed(_logger, error, key, delay);
            }
            finally
            {
                queue.Done(key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller started: {Informers} informers synced, {Workers} workers")]
    private static partial void LogStarted(ILogger logger, int informers, int workers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconcile of {Storefront} failed; retrying in {Delay}")]
    private static partial void LogFailed(ILogger logger, Exception error, string storefront, TimeSpan delay);
}
