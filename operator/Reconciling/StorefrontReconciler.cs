using System.Text.Json.Nodes;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;
using Microsoft.Extensions.Logging;

namespace K8sShop.Operator.Reconciling;

/// <summary>
/// Brings one Storefront's children to the desired state. Contract: the desired objects are built
/// from the spec alone; stages are applied in order with server-side apply (force, so drift and
/// other managers' edits are reverted) and each waits for the previous one to be ready; objects the
/// operator made that are no longer desired are deleted; a paused Storefront is left alone; the
/// status is written at the end and only when it changed, with an Event for each condition that
/// flipped. Children carry a controller owner reference, so deleting the Storefront needs no finalizer.
/// </summary>
public sealed partial class StorefrontReconciler(IClusterClient cluster, TimeProvider time, ILogger<StorefrontReconciler> logger)
{
    /// <summary>Re-check interval while a stage is not ready (watch events usually come first).</summary>
    public static TimeSpan WaitingRequeue { get; } = TimeSpan.FromSeconds(30);

    /// <returns>When to look again regardless of events; null when nothing is pending.</returns>
    public async Task<TimeSpan?> ReconcileAsync(string key, CancellationToken cancellationToken)
    {
        var (ns, name) = Split(key);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["storefront"] = key });
        var node = await cluster.GetAsync(ResourceKinds.Storefront, ns, name, cancellationToken).ConfigureAwait(false);
        if (node is null)
        {
            LogGone(logger, key);
            return null;
        }

        var storefront = StorefrontJson.FromNode(node);
        if (storefront.Metadata.DeletionTimestamp is not null)
        {
            return null;
        }

        var outcome = await OutcomeAsync(storefront, cancellationToken).ConfigureAwait(false);
        var status = StatusCalculator.Compute(storefront, outcome, TruncatedNow());
        await WriteStatusIfChangedAsync(storefront, status, cancellationToken).ConfigureAwait(false);
        return outcome.WaitingFor is null ? null : WaitingRequeue;
    }

    private async Task<ReconcileOutcome> OutcomeAsync(Storefront storefront, CancellationToken cancellationToken)
    {
        if (storefront.Metadata.Annotations is { } annotations && annotations.TryGetValue(ShopCatalog.PauseAnnotation, out var pause) && pause == ShopCatalog.PausedValue)
        {
            LogPaused(logger);
            return new ReconcileOutcome { Paused = true };
        }

        var errors = StorefrontValidator.Validate(storefront.Spec);
        if (errors.Count > 0)
        {
            LogInvalid(logger, string.Join("; ", errors));
            return new ReconcileOutcome { InvalidSpec = errors };
        }

        var desired = DesiredStateBuilder.Build(storefront);
        var deployments = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        ReconcileStage? waitingFor = null;
        var notReady = new List<string>();
        foreach (var stage in desired.GroupBy(m => m.Stage).OrderBy(g => g.Key))
        {
            foreach (var manifest in stage)
            {
                var applied = await cluster.ApplyAsync(manifest.Body, cancellationToken).ConfigureAwait(false);
                applied["kind"] ??= manifest.Kind;
                if (manifest.Kind == "Deployment")
                {
                    deployments[manifest.Name] = applied;
                }

                if (!ObjectReadiness.IsReady(applied))
                {
                    notReady.Add(manifest.ToString());
                }
            }

            if (notReady.Count > 0)
            {
                waitingFor = stage.Key;
                LogWaiting(logger, stage.Key, notReady.Count);
                break;
            }
        }

        await DeleteUndesiredAsync(storefront, desired, cancellationToken).ConfigureAwait(false);
        return new ReconcileOutcome { WaitingFor = waitingFor, AppliedDeployments = deployments, NotReady = notReady };
    }

    private async Task DeleteUndesiredAsync(Storefront storefront, IReadOnlyList<Manifest> desired, CancellationToken cancellationToken)
    {
        var wanted = desired.Select(m => (m.Kind, m.Name)).ToHashSet();
        var ns = ObjectMetadata.NamespaceOf(storefront);
        foreach (var kind in ResourceKinds.Owned)
        {
            var existing = await cluster.ListAsync(kind, ns, ObjectMetadata.OwnedSelector(storefront.Metadata.Name), cancellationToken).ConfigureAwait(false);
            foreach (var item in existing)
            {
                var name = (string)item["metadata"]!["name"]!;
                if (!wanted.Contains((kind.Kind, name)) && IsControlledBy(item, storefront))
                {
                    LogDeleting(logger, kind.Kind, name);
                    await cluster.DeleteAsync(kind, ns, name, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    // Only objects this very Storefront controls: a label alone could be copied by anyone.
    private static bool IsControlledBy(JsonObject item, Storefront storefront) =>
        item["metadata"]?["ownerReferences"]?.AsArray().Any(owner =>
            (bool?)owner?["controller"] == true && (string?)owner["uid"] == storefront.Metadata.Uid) == true;

    private async Task WriteStatusIfChangedAsync(Storefront storefront, StorefrontStatus status, CancellationToken cancellationToken)
    {
        var before = storefront.Status is null ? "" : StorefrontJson.ToNode(storefront.Status).ToJsonString();
        var after = StorefrontJson.ToNode(status);
        if (before == after.ToJsonString())
        {
            return;
        }

        var ns = ObjectMetadata.NamespaceOf(storefront);
        await cluster.PatchStatusAsync(ResourceKinds.Storefront, ns, storefront.Metadata.Name, after, cancellationToken).ConfigureAwait(false);
        LogStatus(logger, status.Phase);

        var previous = storefront.Status?.Conditions ?? [];
        foreach (var condition in status.Conditions)
        {
            if (previous.FirstOrDefault(c => c.Type == condition.Type)?.Status != condition.Status)
            {
                await RecordEventAsync(storefront, condition, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RecordEventAsync(Storefront storefront, StorefrontCondition condition, CancellationToken cancellationToken)
    {
        var ns = ObjectMetadata.NamespaceOf(storefront);
        var now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var warning = condition.Reason is "InvalidSpec" || (condition.Type == ConditionTypes.Ready && condition.Status == "False" && storefront.Status is not null);
        var kubernetesEvent = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            ["metadata"] = new JsonObject { ["generateName"] = storefront.Metadata.Name + ".", ["namespace"] = ns },
            ["involvedObject"] = new JsonObject
            {
                ["apiVersion"] = Storefront.ApiVersionName,
                ["kind"] = Storefront.KindName,
                ["name"] = storefront.Metadata.Name,
                ["namespace"] = ns,
                ["uid"] = storefront.Metadata.Uid,
            },
            ["reason"] = condition.Reason,
            ["message"] = $"{condition.Type} is {condition.Status}: {condition.Message}",
            ["type"] = warning ? "Warning" : "Normal",
            ["source"] = new JsonObject { ["component"] = ShopCatalog.FieldManager },
            ["reportingComponent"] = ShopCatalog.FieldManager,
            ["firstTimestamp"] = now,
            ["lastTimestamp"] = now,
            ["count"] = 1,
        };

        try
        {
            await cluster.CreateEventAsync(ns, kubernetesEvent, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An Event is a courtesy: failing to record one must not fail or repeat the reconcile.
        catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogEventFailed(logger, error, condition.Type);
        }
    }

    // Whole seconds, as the API server stores times: a written status then reads back equal.
    private DateTimeOffset TruncatedNow()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static (string Namespace, string Name) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return (key[..slash], key[(slash + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Storefront {Key} no longer exists")]
    private static partial void LogGone(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconcile paused by annotation")]
    private static partial void LogPaused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Spec is invalid: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stage {Stage} has {NotReady} objects not ready; later stages wait")]
    private static partial void LogWaiting(ILogger logger, ReconcileStage stage, int notReady);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleting {Kind} {Name}: no longer desired")]
    private static partial void LogDeleting(ILogger logger, string kind, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status written: phase {Phase}")]
    private static partial void LogStatus(ILogger logger, string? phase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the Event for condition {Condition}")]
    private static partial void LogEventFailed(ILogger logger, Exception error, string condition);
}
