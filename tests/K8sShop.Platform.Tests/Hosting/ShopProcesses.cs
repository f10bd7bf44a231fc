using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>
/// Suites that start whole shops as processes (one embedded host, or ten distributed processes) run
/// one after another: started together they would starve a two-core machine and time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ShopProcesses
{
    public const string Name = "Shop processes";
}
