using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Reconciling;

/// <summary>Status from a reconcile outcome, keeping each condition's transition time unless its status flips.</summary>
public static class StatusCalculator
{
    public static StorefrontStatus Compute(Storefront storefront, ReconcileOutcome outcome, DateTimeOffset now)
    {
        var previous = storefront.Status ?? new StorefrontStatus();
        var generation = storefront.Metadata.Generation;

        StorefrontCondition Condition(string type, bool status, string reason, string message)
        {
            var value = status ? "True" : "False";
            var before = previous.Conditions.FirstOrDefault(c => c.Type == type);
            return new StorefrontCondition
            {
                Type = type,
                Status = value,
                Reason = reason,
                Message = message,
                ObservedGeneration = generation,
                LastTransitionTime = before is not null && before.Status == value ? before.LastTransitionTime : now,
            };
        }

        if (outcome.Paused)
        {
            var conditions = previous.Conditions.Where(c => c.Type != ConditionTypes.Paused).ToList();
            conditions.Add(Condition(ConditionTypes.Paused, true, "AnnotationSet", $"{ShopCatalog.PauseAnnotation}: {ShopCatalog.PausedValue}; nothing is applied or deleted"));
            return new StorefrontStatus
            {
                ObservedGeneration = previous.ObservedGeneration,
                Phase = "Paused",
                Url = previous.Url,
                Conditions = Ordered(conditions),
                Services = previous.Services,
            };
        }

        var invalid = outcome.InvalidSpec.Count > 0;
        var waiting = outcome.WaitingFor;
        var ready = !invalid && waiting is null;
        var dataStoresReady = !invalid && waiting is not ReconcileStage.DataStores;
        var waitingMessage = outcome.NotReady.Count == 0 ? "" : "waiting for " + string.Join(", ", outcome.NotReady.Take(5));

        return new StorefrontStatus
        {
            ObservedGeneration = generation,
            Phase = invalid ? "Degraded" : waiting switch
            {
                null => "Ready",
                ReconcileStage.DataStores => "Pending",
                _ => "Progressing",
            },
            Url = IngressObject.UrlOf(storefront),
            Conditions = Ordered(
            [
                Condition(ConditionTypes.Ready, ready, ready ? "AllWorkloadsReady" : invalid ? "InvalidSpec" : $"{waiting}NotReady", ready ? "every stage is ready" : invalid ? string.Join("; ", outcome.InvalidSpec) : waitingMessage),
                Condition(ConditionTypes.Reconciled, ready, ready ? "Applied" : invalid ? "InvalidSpec" : $"WaitingFor{waiting}", ready ? "every desired object is applied" : invalid ? string.Join("; ", outcome.InvalidSpec) : $"stages after {waiting} wait until it is ready"),
                Condition(ConditionTypes.DataStoresReady, dataStoresReady, dataStoresReady ? "DataStoresReady" : "DataStoresNotReady", dataStoresReady ? "data stores are ready" : waitingMessage),
                Condition(ConditionTypes.Paused, false, "NotPaused", "reconciling"),
            ]),
            Services = Readiness(storefront, outcome),
        };
    }

    private static List<StorefrontCondition> Ordered(IEnumerable<StorefrontCondition> conditions) =>
        conditions.OrderBy(c => c.Type, StringComparer.Ordinal).ToList();

    private static List<ServiceReadiness> Readiness(Storefront storefront, ReconcileOutcome outcome) =>
        storefront.Spec.Services.ByName()
            .Where(pair => pair.Value.Enabled)
            .Select(pair => (pair.Key, (WorkloadSettings)pair.Value))
            .Append((ShopCatalog.Gateway, storefront.Spec.Gateway))
            .Select(pair => new ServiceReadiness
            {
                Name = pair.Item1,
                DesiredReplicas = WorkloadObjects.DesiredReplicas(pair.Item2),
                ReadyReplicas = ObjectReadiness.ReadyReplicas(outcome.AppliedDeployments.GetValueOrDefault(pair.Item1)),
            })
            .ToList();
}
