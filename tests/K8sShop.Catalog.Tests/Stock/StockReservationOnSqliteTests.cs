using K8sShop.Catalog.Tests.Hosting;
using Xunit;

namespace K8sShop.Catalog.Tests.Stock;

/// <summary>The reservation specification on SQLite, the embedded mode's engine.</summary>
public sealed class StockReservationOnSqliteTests(SqliteFileFixture file) : StockReservationSpecification, IClassFixture<SqliteFileFixture>
{
    protected override string ConnectionString => file.ConnectionString;
}
