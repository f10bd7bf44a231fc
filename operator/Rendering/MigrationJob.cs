using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>The Job that applies a service's EF Core migrations with its own image, then exits.</summary>
public static class MigrationJob
{
    public static JsonObject Build(Storefront storefront, string service, WorkloadSettings settings, WorkloadConfig config)
    {
        var image = ShopCatalog.Image(storefront.Spec.ImageRegistry, service, storefront.Spec.Version);
        var env = (JsonArray)config.Env.DeepClone();
        env.Add(new JsonObject { ["name"] = "Database__MigrateAndExit", ["value"] = "true" });
        var jobConfig = config with { Env = env };

        // A Job's pod template is immutable: the name carries the image and configuration, so a new
        // version gets a new Job and the old one is deleted as no longer desired.
        var name = $"{service}-migrate-{ConfigHash.Of(JsonValue.Create(image), jobConfig.Data, jobConfig.EnvFrom, env)[..8]}";
        return new JsonObject
        {
            ["apiVersion"] = "batch/v1",
            ["kind"] = "Job",
            ["metadata"] = ObjectMetadata.For(storefront, name, service, "migration"),
            ["spec"] = new JsonObject
            {
                ["backoffLimit"] = 4,
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = ObjectMetadata.Labels(storefront, service, "migration") },
                    ["spec"] = PodTemplate.PodSpec(service, PodTemplate.Container(service, image, jobConfig, settings, withProbes: false), restartPolicy: "OnFailure"),
                },
            },
        };
    }
}
