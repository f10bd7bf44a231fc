using Xunit;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>Every browser test shares one running shop and one Chromium, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserShop : ICollectionFixture<DistributedShop>
{
    public const string Name = "Browser shop";
}
