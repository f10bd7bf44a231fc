using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>The objects of one workload: ConfigMap, ServiceAccount, Deployment, Service, HPA, PDB, NetworkPolicy.</summary>
public static class WorkloadObjects
{
    public static IEnumerable<JsonObject> Build(Storefront storefront, string workload, WorkloadSettings settings, WorkloadConfig config, JsonArray networkPolicyFrom)
    {
        var component = workload == ShopCatalog.Gateway ? "gateway" : "service";
        JsonObject Meta(string name) => ObjectMetadata.For(storefront, name, workload, component);

        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = Meta(WorkloadConfig.ConfigMapName(workload)),
            ["data"] = config.Data.DeepClone(),
        };
        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ServiceAccount",
            ["metadata"] = Meta(workload),
            ["automountServiceAccountToken"] = false,
        };
        yield return Deployment(storefront, workload, settings, config, Meta(workload));
        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = Meta(workload),
            ["spec"] = new JsonObject
            {
                ["type"] = "ClusterIP",
                ["selector"] = ObjectMetadata.Selector(storefront, workload),
                ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["port"] = ShopCatalog.HttpPort, ["targetPort"] = "http", ["protocol"] = "TCP" }),
            },
        };
        if (settings.Autoscaling.Enabled)
        {
            yield return HorizontalPodAutoscaler(workload, settings.Autoscaling, Meta(workload));
        }

        yield return new JsonObject
        {
            ["apiVersion"] = "policy/v1",
            ["kind"] = "PodDisruptionBudget",
            ["metadata"] = Meta(workload),
            ["spec"] = new JsonObject
            {
                ["maxUnavailable"] = 1,
                ["selector"] = new JsonObject { ["matchLabels"] = ObjectMetadata.Selector(storefront, workload) },
            },
        };
        yield return new JsonObject
        {
            ["apiVersion"] = "networking.k8s.io/v1",
            ["kind"] = "NetworkPolicy",
            ["metadata"] = Meta(workload),
            ["spec"] = new JsonObject
            {
                ["podSelector"] = new JsonObject { ["matchLabels"] = ObjectMetadata.Selector(storefront, workload) },
                ["policyTypes"] = new JsonArray("Ingress"),
                ["ingress"] = new JsonArray(new JsonObject
                {
                    ["from"] = networkPolicyFrom.DeepClone(),
                    ["ports"] = new JsonArray(new JsonObject { ["port"] = ShopCatalog.HttpPort, ["protocol"] = "TCP" }),
                }),
            },
        };
    }

    /// <summary>Replicas the workload should have ready: the HPA's floor when it autoscales.</summary>
    public static int DesiredReplicas(WorkloadSettings settings) =>
        settings.Autoscaling.Enabled ? settings.Autoscaling.MinReplicas : settings.Replicas;

    private static JsonObject Deployment(Storefront storefront, string workload, WorkloadSettings settings, WorkloadConfig config, JsonObject metadata)
    {
        var spec = new JsonObject();

        // Under an HPA the Deployment must not own replicas, or every apply would fight the autoscaler.
        if (!settings.Autoscaling.Enabled)
        {
            spec["replicas"] = settings.Replicas;
        }

        spec["revisionHistoryLimit"] = 5;
        spec["selector"] = new JsonObject { ["matchLabels"] = ObjectMetadata.Selector(storefront, workload) };
        spec["template"] = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["labels"] = ObjectMetadata.Labels(storefront, workload, workload == ShopCatalog.Gateway ? "gateway" : "service"),
                ["annotations"] = new JsonObject { [ShopCatalog.ConfigHashAnnotation] = config.Hash },
            },
            ["spec"] = PodTemplate.PodSpec(workload, PodTemplate.Container(
                workload,
                ShopCatalog.Image(storefront.Spec.ImageRegistry, workload, storefront.Spec.Version),
                config,
                settings,
                withProbes: true)),
        };

        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = metadata,
            ["spec"] = spec,
        };
    }

    private static JsonObject HorizontalPodAutoscaler(string workload, AutoscalingSettings autoscaling, JsonObject metadata) => new()
    {
        ["apiVersion"] = "autoscaling/v2",
        ["kind"] = "HorizontalPodAutoscaler",
        ["metadata"] = metadata,
        ["spec"] = new JsonObject
        {
            ["scaleTargetRef"] = new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["name"] = workload },
            ["minReplicas"] = autoscaling.MinReplicas,
            ["maxReplicas"] = autoscaling.MaxReplicas,
            ["metrics"] = new JsonArray(new JsonObject
            {
                ["type"] = "Resource",
                ["resource"] = new JsonObject
                {
                    ["name"] = "cpu",
                    ["target"] = new JsonObject { ["type"] = "Utilization", ["averageUtilization"] = autoscaling.TargetCpuUtilizationPercentage },
                },
            }),
        },
    };
}
