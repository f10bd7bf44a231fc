using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>The hardened pod every workload and migration Job runs: non-root, read-only root, writable /tmp only.</summary>
public static class PodTemplate
{
    public static JsonObject Container(string name, string image, WorkloadConfig config, WorkloadSettings settings, bool withProbes)
    {
        var container = new JsonObject
        {
            ["name"] = name,
            ["image"] = image,
            ["imagePullPolicy"] = "IfNotPresent",
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["containerPort"] = ShopCatalog.HttpPort, ["protocol"] = "TCP" }),
            ["envFrom"] = config.EnvFrom.DeepClone(),
            ["env"] = config.Env.DeepClone(),
        };
        if (withProbes)
        {
            container["startupProbe"] = Probe(ShopCatalog.LivePath, periodSeconds: 2, failureThreshold: 30);
            container["livenessProbe"] = Probe(ShopCatalog.LivePath, periodSeconds: 10, failureThreshold: 3);
            container["readinessProbe"] = Probe(ShopCatalog.ReadyPath, periodSeconds: 5, failureThreshold: 3);
        }

        container["resources"] = Resources(settings.Resources);
        container["securityContext"] = new JsonObject
        {
            ["allowPrivilegeEscalation"] = false,
            ["readOnlyRootFilesystem"] = true,
            ["runAsNonRoot"] = true,
            ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
        };
        container["volumeMounts"] = new JsonArray(new JsonObject { ["name"] = "tmp", ["mountPath"] = "/tmp" });
        return container;
    }

    public static JsonObject PodSpec(string serviceAccount, JsonObject container, string? restartPolicy = null)
    {
        var spec = new JsonObject
        {
            ["serviceAccountName"] = serviceAccount,
            ["automountServiceAccountToken"] = false,
        };
        if (restartPolicy is not null)
        {
            spec["restartPolicy"] = restartPolicy;
        }

        spec["securityContext"] = new JsonObject
        {
            ["runAsNonRoot"] = true,
            ["runAsUser"] = ShopCatalog.AppUserId,
            ["runAsGroup"] = ShopCatalog.AppUserId,
            ["fsGroup"] = ShopCatalog.AppUserId,
            ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" },
        };
        spec["containers"] = new JsonArray(container);
        spec["volumes"] = new JsonArray(new JsonObject { ["name"] = "tmp", ["emptyDir"] = new JsonObject() });
        return spec;
    }

    private static JsonObject Probe(string path, int periodSeconds, int failureThreshold) => new()
    {
        ["httpGet"] = new JsonObject { ["path"] = path, ["port"] = "http" },
        ["periodSeconds"] = periodSeconds,
        ["failureThreshold"] = failureThreshold,
    };

    private static JsonObject Resources(ResourceSettings resources)
    {
        var result = new JsonObject();
        if (Amounts(resources.Requests) is { } requests)
        {
            result["requests"] = requests;
        }

        if (Amounts(resources.Limits) is { } limits)
        {
            result["limits"] = limits;
        }

        return result;
    }

    private static JsonObject? Amounts(ResourceAmounts amounts)
    {
        var result = new JsonObject();
        if (amounts.Cpu is not null)
        {
            result["cpu"] = amounts.Cpu;
        }

        if (amounts.Memory is not null)
        {
            result["memory"] = amounts.Memory;
        }

        return result.Count == 0 ? null : result;
    }
}
