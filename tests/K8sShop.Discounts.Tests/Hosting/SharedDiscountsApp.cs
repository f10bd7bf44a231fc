using Xunit;

namespace K8sShop.Discounts.Tests.Hosting;

/// <summary>The API test classes share one <see cref="DiscountsApp"/>: starting the issuer and both databases is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDiscountsApp : ICollectionFixture<DiscountsApp>
{
    public const string Name = "discounts app";
}
