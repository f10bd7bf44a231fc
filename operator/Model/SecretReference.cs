using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>A Secret in the storefront's namespace, referenced, never copied.</summary>
public sealed class SecretReference
{
    [Description("Secret name. Required.")]
    [Required]
    [MinLength(1)]
    public string SecretName { get; set; } = "";
}
