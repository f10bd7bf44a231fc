using K8sShop.Operator.Rendering;
using NJsonSchema;

namespace K8sShop.Operator.Tests.Crd;

/// <summary>The committed CRD's openAPIV3Schema as a JSON Schema validator (NJsonSchema). CEL rules are not evaluated here.</summary>
internal static class CrdSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var crd = ManifestYaml.Read(RepositoryFiles.Read("crds", "storefronts.k8sshop.io.yaml"))[0];
        var openApi = crd["spec"]!["versions"]![0]!["schema"]!["openAPIV3Schema"]!;
        return JsonSchema.FromJsonAsync(openApi.ToJsonString()).GetAwaiter().GetResult();
    });

    public static IReadOnlyList<string> Errors(string yaml)
    {
        var document = ManifestYaml.Read(yaml)[0];
        return Schema.Value.Validate(document.ToJsonString()).Select(error => error.ToString()).ToList();
    }
}
