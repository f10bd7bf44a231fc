using System.Text.Json.Nodes;

namespace K8sShop.Operator.Reconciling;

/// <summary>Whether an applied object has done its job, judged from the status the API server returned.</summary>
public static class ObjectReadiness
{
    public static bool IsReady(JsonObject applied) => (string?)applied["kind"] switch
    {
        "Deployment" => DeploymentReady(applied),
        "Job" => (long?)applied["status"]?["succeeded"] >= 1,
        "HelmRelease" => ConditionTrue(applied, "Ready"),
        _ => true,
    };

    public static int ReadyReplicas(JsonObject? deployment) => (int?)deployment?["status"]?["readyReplicas"] ?? 0;

    private static bool DeploymentReady(JsonObject deployment)
    {
        var generation = (long?)deployment["metadata"]?["generation"] ?? 0;
        var observed = (long?)deployment["status"]?["observedGeneration"] ?? 0;

        // Without replicas in the spec (HPA) the API server defaults it to 1.
        var wanted = (int?)deployment["spec"]?["replicas"] ?? 1;
        return observed >= generation && ReadyReplicas(deployment) >= wanted;
    }

    private static bool ConditionTrue(JsonObject obj, string type) =>
        obj["status"]?["conditions"]?.AsArray().Any(c => (string?)c?["type"] == type && (string?)c?["status"] == "True") == true;
}
