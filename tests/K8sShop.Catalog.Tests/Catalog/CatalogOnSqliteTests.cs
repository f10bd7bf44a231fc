using K8sShop.Catalog.Tests.Hosting;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>The catalog specification on SQLite (LIKE search).</summary>
public sealed class CatalogOnSqliteTests(SqliteFileFixture file) : CatalogSpecification, IClassFixture<SqliteFileFixture>
{
    protected override string ConnectionString => file.ConnectionString;
}
