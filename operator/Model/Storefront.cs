using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace K8sShop.Operator.Model;

/// <summary>One K8sShop installation: nine services, the gateway with the web app, data stores and ingress, in one namespace.</summary>
public sealed class Storefront : IKubernetesObject<V1ObjectMeta>
{
    public const string Group = "k8sshop.io";
    public const string Version = "v1alpha1";
    public const string Plural = "storefronts";
    public const string KindName = "Storefront";
    public const string ApiVersionName = Group + "/" + Version;

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ApiVersionName;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KindName;

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public StorefrontSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public StorefrontStatus? Status { get; set; }
}
