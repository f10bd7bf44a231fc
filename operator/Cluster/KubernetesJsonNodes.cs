using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;

namespace K8sShop.Operator.Cluster;

/// <summary>Between KubernetesClient's answers (typed models or JsonElement) and the JSON nodes the operator works on.</summary>
public static class KubernetesJsonNodes
{
    public static JsonObject From(object? value) => value switch
    {
        null => [],
        JsonObject obj => obj,
        JsonElement element => JsonNode.Parse(element.GetRawText())!.AsObject(),
        _ => JsonNode.Parse(KubernetesJson.Serialize(value))!.AsObject(),
    };

    public static T To<T>(JsonObject obj) => KubernetesJson.Deserialize<T>(obj.ToJsonString());

    public static IReadOnlyList<JsonObject> Items(object? list) =>
        From(list)["items"]?.AsArray().Select(item => item!.AsObject()).ToList() ?? [];
}
