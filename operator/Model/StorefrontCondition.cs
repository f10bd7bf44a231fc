using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>A Kubernetes-style condition.</summary>
public sealed record StorefrontCondition
{
    [Description("Ready, Reconciled, DataStoresReady or Paused.")]
    public string Type { get; init; } = "";

    [Description("True, False or Unknown.")]
    public string Status { get; init; } = "Unknown";

    [Description("CamelCase reason.")]
    public string Reason { get; init; } = "";

    [Description("Human readable detail.")]
    public string Message { get; init; } = "";

    [Description("Generation the condition was computed for.")]
    public long? ObservedGeneration { get; init; }

    [Description("When status last changed (RFC 3339).")]
    public DateTimeOffset? LastTransitionTime { get; init; }
}
