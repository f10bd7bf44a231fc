using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>Reads a Storefront from YAML (a file given to render, or a test fixture).</summary>
public static class StorefrontDocument
{
    public static Storefront Parse(string yaml)
    {
        var documents = ManifestYaml.Read(yaml);
        var document = documents.FirstOrDefault(d => (string?)d["kind"] == Storefront.KindName)
            ?? throw new InvalidDataException("No Storefront document found.");
        return StorefrontJson.FromNode(document);
    }
}
