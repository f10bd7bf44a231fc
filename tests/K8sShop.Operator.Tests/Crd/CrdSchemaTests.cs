using K8sShop.Operator.Crd;
using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Crd;

public sealed class CrdSchemaTests
{
    public static TheoryData<string> Samples => new(Directory.GetFiles(Path.Combine(RepositoryFiles.TestDirectory, "samples"), "*.yaml").Select(Path.GetFileName)!);

    public static TheoryData<string> SchemaInvalid => new("no-version.yaml", "bad-protocol.yaml", "negative-replicas.yaml", "bad-quantity.yaml");

    public static TheoryData<string> CelInvalid => new("both-managed-and-external.yaml", "max-below-min.yaml");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_storefront_validates_against_the_crd_schema(string file)
    {
        var yaml = RepositoryFiles.Read("tests", "K8sShop.Operator.Tests", "samples", file);
        Assert.Empty(CrdSchema.Errors(yaml));
        Assert.Empty(StorefrontValidator.Validate(StorefrontDocument.Parse(yaml).Spec));
    }

    [Fact]
    public void Chart_example_storefront_validates_against_the_crd_schema()
    {
        var yaml = RepositoryFiles.Read("charts", "k8sshop-operator", "examples", "storefront.yaml");
        Assert.Empty(CrdSchema.Errors(yaml));
        Assert.Empty(StorefrontValidator.Validate(StorefrontDocument.Parse(yaml).Spec));
    }

    [Theory]
    [MemberData(nameof(SchemaInvalid))]
    public void Storefront_breaking_the_openapi_schema_is_rejected(string file)
    {
        Assert.NotEmpty(CrdSchema.Errors(RepositoryFiles.Read("tests", "K8sShop.Operator.Tests", "invalid", file)));
    }

    [Theory]
    [MemberData(nameof(CelInvalid))]
    public void Storefront_breaking_a_cel_rule_is_rejected_by_the_in_process_mirror(string file)
    {
        var yaml = RepositoryFiles.Read("tests", "K8sShop.Operator.Tests", "invalid", file);
        Assert.NotEmpty(StorefrontValidator.Validate(StorefrontDocument.Parse(yaml).Spec));
    }

    [Fact]
    public void Every_cel_rule_in_the_crd_is_mirrored_in_process()
    {
        var rules = ManifestYaml.Write(StorefrontCrd.Build())
            .Split('\n')
            .Where(line => line.TrimStart().StartsWith("- rule: ", StringComparison.Ordinal))
            .Select(line => line.TrimStart()["- rule: ".Length..].Trim('"'))
            .ToHashSet();

        Assert.Contains("self.maxReplicas >= self.minReplicas", rules);
        Assert.Contains("has(self.managed) != has(self.external)", rules);
        Assert.Equal(rules.OrderBy(r => r), StorefrontValidator.MirroredRules.OrderBy(r => r));
    }

    [Fact]
    public void Crd_has_status_subresource_and_printer_columns()
    {
        var version = StorefrontCrd.Build()["spec"]!["versions"]![0]!;
        Assert.NotNull(version["subresources"]!["status"]);
        Assert.Equal(
            ["Ready", "Phase", "URL", "Age"],
            version["additionalPrinterColumns"]!.AsArray().Select(c => (string)c!["name"]!));
    }

    [Fact]
    public void Crd_defaults_match_the_model_initialisers()
    {
        var spec = StorefrontCrd.Build()["spec"]!["versions"]![0]!["schema"]!["openAPIV3Schema"]!["properties"]!["spec"]!["properties"]!;
        Assert.Equal(new StorefrontSpec().ImageRegistry, (string)spec["imageRegistry"]!["default"]!);
        Assert.Equal(2, (int)spec["gateway"]!["properties"]!["replicas"]!["default"]!);
        Assert.Equal("{\"managed\":{}}", spec["dataStores"]!["properties"]!["mysql"]!["default"]!.ToJsonString());
    }
}
