using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>How one workload (a service or the gateway) runs.</summary>
public class WorkloadSettings
{
    [Description("Replicas when autoscaling is off. Default 2, 0 to 50.")]
    [Range(0, 50)]
    public int Replicas { get; set; } = 2;

    [Description("Horizontal pod autoscaling; when enabled the Deployment carries no replicas.")]
    public AutoscalingSettings Autoscaling { get; set; } = new();

    [Description("Container resources. Default requests cpu 100m, memory 128Mi; limit memory 512Mi.")]
    public ResourceSettings Resources { get; set; } = new();

    [Description("Extra environment variables (plain values; use Secrets for secrets). Default none.")]
    [ListMapKey("name")]
    public IList<EnvVarSetting> Env { get; init; } = [];
}
