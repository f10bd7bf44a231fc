using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace K8sShop.Operator.Model;

/// <summary>The one JSON shape of the Storefront model, shared by the CRD generator, the API client and render.</summary>
public static class StorefrontJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new KubernetesTimeConverter() },
    };

    public static Storefront FromNode(JsonNode node) =>
        node.Deserialize<Storefront>(Options) ?? throw new InvalidDataException("The document is not a Storefront.");

    public static JsonObject ToNode<T>(T value) =>
        JsonSerializer.SerializeToNode(value, Options)?.AsObject() ?? [];
}
