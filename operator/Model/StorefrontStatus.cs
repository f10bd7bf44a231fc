using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>Observed state, written by the operator only.</summary>
public sealed class StorefrontStatus
{
    [Description("Generation of the spec the status describes.")]
    public long? ObservedGeneration { get; set; }

    [Description("Summary: Pending, Progressing, Ready, Degraded or Paused.")]
    public string? Phase { get; set; }

    [Description("Where the shop answers.")]
    public string? Url { get; set; }

    [Description("Ready, Reconciled, DataStoresReady, Paused.")]
    [ListMapKey("type")]
    public IList<StorefrontCondition> Conditions { get; init; } = [];

    [Description("Readiness of each workload.")]
    [ListMapKey("name")]
    public IList<ServiceReadiness> Services { get; init; } = [];
}
