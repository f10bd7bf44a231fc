using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>CPU and memory quantities.</summary>
public sealed class ResourceAmounts
{
    public const string QuantityPattern = @"^[0-9]+(\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$";

    [Description("CPU quantity such as 100m or 1. Optional.")]
    [RegularExpression(QuantityPattern)]
    public string? Cpu { get; set; }

    [Description("Memory quantity such as 128Mi. Optional.")]
    [RegularExpression(QuantityPattern)]
    public string? Memory { get; set; }
}
