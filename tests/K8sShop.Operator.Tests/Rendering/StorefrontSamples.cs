using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Rendering;

/// <summary>The sample Storefronts under samples/.</summary>
internal static class StorefrontSamples
{
    public static IReadOnlyList<string> Names { get; } =
        Directory.GetFiles(Path.Combine(RepositoryFiles.TestDirectory, "samples"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList()!;

    public static string Yaml(string name) => RepositoryFiles.Read("tests", "K8sShop.Operator.Tests", "samples", name + ".yaml");

    public static Storefront Load(string name) => StorefrontDocument.Parse(Yaml(name));

    public static IReadOnlyList<Manifest> Build(string name) => DesiredStateBuilder.Build(Load(name));
}
