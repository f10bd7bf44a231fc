using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>HorizontalPodAutoscaler settings.</summary>
[CelRule("self.maxReplicas >= self.minReplicas", "maxReplicas must be greater than or equal to minReplicas")]
public sealed class AutoscalingSettings
{
    [Description("Create a HorizontalPodAutoscaler. Default false.")]
    public bool Enabled { get; set; }

    [Description("Lower bound of replicas. Default 2, 1 to 50.")]
    [Range(1, 50)]
    public int MinReplicas { get; set; } = 2;

    [Description("Upper bound of replicas. Default 5, 1 to 50, at least minReplicas.")]
    [Range(1, 50)]
    public int MaxReplicas { get; set; } = 5;

    [Description("Average CPU utilisation to aim for, in percent of requests. Default 70, 10 to 100.")]
    [Range(10, 100)]
    public int TargetCpuUtilizationPercentage { get; set; } = 70;
}
