using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>The Ingress routing to the gateway.</summary>
public sealed class IngressSettings
{
    [Description("IngressClass name. Default nginx.")]
    public string ClassName { get; set; } = "nginx";

    [Description("Host name of the shop, such as shop.example.com. Required.")]
    [Required]
    [RegularExpression(@"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")]
    public string Host { get; set; } = "";

    [Description("Secret with the TLS certificate for host. Optional; when set the URL is https.")]
    public string? TlsSecretName { get; set; }

    [Description("Namespace of the ingress controller, the only one allowed to reach the gateway. Default ingress-nginx.")]
    public string ControllerNamespace { get; set; } = "ingress-nginx";
}
