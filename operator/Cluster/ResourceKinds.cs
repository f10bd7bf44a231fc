using K8sShop.Operator.Model;

namespace K8sShop.Operator.Cluster;

/// <summary>Every kind the operator reads or writes; the chart's RBAC lists exactly these.</summary>
public static class ResourceKinds
{
    public static ResourceKind Storefront { get; } = new(Model.Storefront.Group, Model.Storefront.Version, Model.Storefront.KindName, Model.Storefront.Plural);

    public static ResourceKind ConfigMap { get; } = new("", "v1", "ConfigMap", "configmaps");

    public static ResourceKind ServiceAccount { get; } = new("", "v1", "ServiceAccount", "serviceaccounts");

    public static ResourceKind Service { get; } = new("", "v1", "Service", "services");

    public static ResourceKind Deployment { get; } = new("apps", "v1", "Deployment", "deployments");

    public static ResourceKind Job { get; } = new("batch", "v1", "Job", "jobs");

    public static ResourceKind HorizontalPodAutoscaler { get; } = new("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers");

    public static ResourceKind PodDisruptionBudget { get; } = new("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets");

    public static ResourceKind NetworkPolicy { get; } = new("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies");

    public static ResourceKind Ingress { get; } = new("networking.k8s.io", "v1", "Ingress", "ingresses");

    public static ResourceKind HelmRepository { get; } = new("source.toolkit.fluxcd.io", "v1", "HelmRepository", "helmrepositories");

    public static ResourceKind HelmRelease { get; } = new("helm.toolkit.fluxcd.io", "v2", "HelmRelease", "helmreleases");

    /// <summary>Kinds the operator creates for a Storefront; all are watched (drift repair) and pruned.</summary>
    public static IReadOnlyList<ResourceKind> Owned { get; } =
    [
        HelmRepository, HelmRelease, Job, ConfigMap, ServiceAccount, Deployment, Service,
        HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy, Ingress,
    ];

    public static ResourceKind Of(string apiVersion, string kind) =>
        Owned.Append(Storefront).SingleOrDefault(k => k.ApiVersion == apiVersion && k.Kind == kind)
        ?? throw new ArgumentException($"The operator does not manage {kind} of {apiVersion}.", nameof(kind));
}
