using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>The catalog specification on real MariaDB (FULLTEXT search).</summary>
public sealed class CatalogOnMariaDbTests(TestDatabase database) : CatalogSpecification, IClassFixture<TestDatabase>
{
    protected override string ConnectionString => database.ConnectionString;
}
