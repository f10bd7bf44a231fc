using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>Desired state of a storefront.</summary>
public sealed class StorefrontSpec
{
    [Description("Image tag of every service and the gateway (images are <imageRegistry>/k8sshop-<name>:<version>). Required.")]
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    public string Version { get; set; } = "";

    [Description("Registry and path prefix of the images. Default ghcr.io/k8sshop.")]
    [RegularExpression(@"^[a-z0-9.:/_-]+$")]
    public string ImageRegistry { get; set; } = "ghcr.io/k8sshop";

    [Description("Per-service settings of the nine services. Default: every service enabled with 2 replicas.")]
    public ShopServices Services { get; set; } = new();

    [Description("Settings of the gateway, which also serves the built web app and is the only workload reachable from the ingress.")]
    public WorkloadSettings Gateway { get; set; } = new();

    [Description("Ingress in front of the gateway. Omit for no Ingress (the status URL is then the in-cluster address).")]
    public IngressSettings? Ingress { get; set; }

    [Description("Data stores: each either managed by the operator (Flux HelmRelease) or external (a Secret).")]
    public DataStores DataStores { get; set; } = new();

    [Description("Secret whose keys are the payments configuration keys (Payments__Provider, Payments__Stripe__SecretKey, ...). Mounted into payments only.")]
    public SecretReference? Payments { get; set; }

    [Description("Secret whose keys are the SMTP configuration keys (Smtp__Host, Smtp__Port, ...). Mounted into notifications only.")]
    public SecretReference? Smtp { get; set; }

    [Description("Secret whose keys are the identity configuration keys: Identity__SigningKeys and Identity__EncryptionKeys (PEM private keys, current first) and Identity__Clients__<service>__Secret for billing, orders and stockcheck. Mounted whole into users; each of those three services gets only its own client secret. Default: the Secret named identity.")]
    public SecretReference? Identity { get; set; }

    [Description("OpenTelemetry export. Omit to export nothing.")]
    public TelemetrySettings? Telemetry { get; set; }
}
