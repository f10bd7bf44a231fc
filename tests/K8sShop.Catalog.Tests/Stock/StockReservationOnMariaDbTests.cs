using K8sShop.Testing;
using Xunit;

namespace K8sShop.Catalog.Tests.Stock;

/// <summary>The reservation specification on real MariaDB.</summary>
public sealed class StockReservationOnMariaDbTests(TestDatabase database) : StockReservationSpecification, IClassFixture<TestDatabase>
{
    protected override string ConnectionString => database.ConnectionString;
}
