using System.Xml.Linq;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>
/// No registry or base image is reachable here, so `make images` cannot run in CI; what can be checked
/// is that every deployable project carries the container settings the operator relies on.
/// </summary>
public sealed class ContainerImageSettingsTests
{
    public static TheoryData<string> Deployables => new([.. EmbeddedShop.Services, "gateway"]);

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Each_deployable_publishes_a_non_root_image_named_for_the_operator(string service)
    {
        var project = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "services", service), "K8sShop.*.csproj").Single();
        var properties = XDocument.Load(project).Descendants("PropertyGroup").Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        Assert.Equal($"k8sshop-{service}", properties["ContainerRepository"]);
        Assert.Equal("1654", properties["ContainerUser"]);
        Assert.Equal("Microsoft.NET.Sdk.Web", XDocument.Load(project).Root!.Attribute("Sdk")!.Value);
    }
}
