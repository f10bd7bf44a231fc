namespace K8sShop.Orders.Tests.Hosting;

/// <summary>Orders on a SQLite file, as the embedded one-process host runs it (its own migration set).</summary>
public sealed class OrdersOnSqliteApp : OrdersApp
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-orders-").FullName;

    protected override string OrdersConnectionString => $"Data Source={Path.Combine(_folder, "orders.db")}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
