using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Rendering;

/// <summary>
/// Rendered manifests compared with the committed golden/*.yaml. After an intended change run
/// `UPDATE_GOLDEN=1 dotnet test tests/K8sShop.Operator.Tests` and review the diff.
/// </summary>
public sealed class GoldenManifestTests
{
    public static TheoryData<string> Samples => new(StorefrontSamples.Names);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Rendered_manifests_equal_the_committed_golden_file(string sample)
    {
        var rendered = ManifestYaml.Write(StorefrontSamples.Build(sample).Select(m => m.Body));
        var path = Path.Combine(RepositoryFiles.TestDirectory, "golden", sample + ".yaml");
        if (RepositoryFiles.UpdateGolden)
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), $"golden/{sample}.yaml is missing: run UPDATE_GOLDEN=1 dotnet test.");
        Assert.Equal(File.ReadAllText(path), rendered);
    }

    [Fact]
    public void Golden_files_cover_minimal_full_hpa_external_and_telemetry_storefronts()
    {
        Assert.Superset(new HashSet<string> { "minimal", "full", "hpa", "external", "telemetry" }, StorefrontSamples.Names.ToHashSet());
    }
}
