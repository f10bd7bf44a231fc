using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace K8sShop.Operator.Model;

/// <summary>A data store the operator deploys with a Flux HelmRelease.</summary>
public sealed class ManagedDataStore
{
    [Description("Chart name. Optional; default the Bitnami chart of the store (mysql, mongodb, rabbitmq).")]
    public string? Chart { get; set; }

    [Description("Chart version. Optional; default the version tested with this operator.")]
    public string? Version { get; set; }

    [Description("Chart repository URL (https:// or oci://). Optional; default oci://registry-1.docker.io/bitnamicharts.")]
    [RegularExpression(@"^(https?|oci)://.+$")]
    public string? RepositoryUrl { get; set; }

    [Description("Secret with the chart's credentials and one connection string per service (key = service name, rabbitmq for the bus). Optional; default <store>-connections. Created by you, never by the operator.")]
    public string? ConnectionSecretName { get; set; }

    [Description("Helm values passed to the chart as they are. Optional.")]
    [PreserveUnknownFields]
    public JsonObject? Values { get; set; }
}
