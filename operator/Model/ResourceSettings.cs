using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>Container resource requests and limits.</summary>
public sealed class ResourceSettings
{
    [Description("Requests. Default cpu 100m, memory 128Mi.")]
    public ResourceAmounts Requests { get; set; } = new() { Cpu = "100m", Memory = "128Mi" };

    [Description("Limits. Default memory 512Mi, no cpu limit (cpu limits throttle .NET thread pools).")]
    public ResourceAmounts Limits { get; set; } = new() { Memory = "512Mi" };
}
