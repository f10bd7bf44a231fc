using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>One extra environment variable.</summary>
public sealed class EnvVarSetting
{
    [Description("Variable name. Required.")]
    [Required]
    [RegularExpression(@"^[A-Za-z_][A-Za-z0-9_.-]*$")]
    public string Name { get; set; } = "";

    [Description("Value. Default empty.")]
    public string Value { get; set; } = "";
}
