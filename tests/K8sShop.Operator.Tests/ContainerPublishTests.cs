using System.Xml.Linq;

namespace K8sShop.Operator.Tests;

/// <summary>Publishing the image needs a registry and a base image (network); what is checked here is that the project is set up for it.</summary>
public sealed class ContainerPublishTests
{
    private static readonly XDocument Project = XDocument.Load(RepositoryFiles.Path_("operator", "K8sShop.Operator.csproj"));

    [Fact]
    public void Operator_image_is_named_k8sshop_operator()
    {
        Assert.Equal("k8sshop-operator", Property("ContainerRepository"));
    }

    [Fact]
    public void Operator_image_runs_as_the_non_root_app_user()
    {
        Assert.Equal("1654", Property("ContainerUser"));
    }

    [Fact]
    public void Operator_image_is_publishable_without_a_dockerfile()
    {
        Assert.Equal("true", Property("EnableSdkContainerSupport"));
        Assert.False(File.Exists(RepositoryFiles.Path_("operator", "Dockerfile")));
        Assert.Contains(Project.Descendants("ContainerPort"), port => (string?)port.Attribute("Include") == "8080");
    }

    private static string? Property(string name) => Project.Descendants(name).SingleOrDefault()?.Value;
}
