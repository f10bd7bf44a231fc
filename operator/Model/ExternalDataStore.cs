using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>A data store run elsewhere.</summary>
public sealed class ExternalDataStore
{
    [Description("Secret with one connection string per service (key = service name, rabbitmq for the bus). Required.")]
    [Required]
    [MinLength(1)]
    public string SecretName { get; set; } = "";
}
