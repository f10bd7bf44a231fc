namespace K8sShop.Operator.Reconciling;

/// <summary>Configuration section "Operator" (environment Operator__...).</summary>
public sealed class ControllerOptions
{
    /// <summary>Namespaces to watch; empty watches the whole cluster (needs the ClusterRole).</summary>
    public IList<string> WatchNamespaces { get; init; } = [];

    /// <summary>Storefronts reconciled in parallel (never the same one twice).</summary>
    public int Workers { get; set; } = 2;

    public TimeSpan ResyncPeriod { get; set; } = TimeSpan.FromMinutes(10);
}
