using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>Readiness of one workload.</summary>
public sealed record ServiceReadiness
{
    [Description("Service name (or gateway).")]
    public string Name { get; init; } = "";

    [Description("Replicas wanted.")]
    public int DesiredReplicas { get; init; }

    [Description("Replicas ready.")]
    public int ReadyReplicas { get; init; }
}
