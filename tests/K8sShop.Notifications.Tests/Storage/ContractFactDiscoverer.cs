using Xunit.Abstractions;
using Xunit.Sdk;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests as <see cref="ServerBoundTestCase"/>s.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new ServerBoundTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
