using K8sShop.Operator.Crd;

namespace K8sShop.Operator.Tests.Crd;

public sealed class CommittedCrdTests
{
    [Fact]
    public void Committed_crd_equals_the_one_generated_from_the_model()
    {
        var generated = StorefrontCrd.ToYaml();
        var path = RepositoryFiles.Path_("crds", "storefronts.k8sshop.io.yaml");
        if (RepositoryFiles.UpdateGolden)
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.ReadAllText(path) == generated,
            "crds/storefronts.k8sshop.io.yaml drifted from the C# model: run `dotnet run --project operator -- crd > crds/storefronts.k8sshop.io.yaml` (or UPDATE_GOLDEN=1 dotnet test).");
    }

    [Fact]
    public void Chart_carries_the_same_crd()
    {
        if (RepositoryFiles.UpdateGolden)
        {
            File.WriteAllText(RepositoryFiles.Path_("charts", "k8sshop-operator", "crds", "storefronts.k8sshop.io.yaml"), StorefrontCrd.ToYaml());
        }

        Assert.Equal(
            RepositoryFiles.Read("crds", "storefronts.k8sshop.io.yaml"),
            RepositoryFiles.Read("charts", "k8sshop-operator", "crds", "storefronts.k8sshop.io.yaml"));
    }
}
