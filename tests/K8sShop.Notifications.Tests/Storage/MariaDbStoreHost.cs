using K8sShop.Testing;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The EF Core adapter on a MariaDB database of its own.</summary>
public sealed class MariaDbStoreHost : StoreHost
{
    private readonly TestDatabase _database = new();

    protected override async Task<string> ConnectionStringAsync()
    {
        await _database.InitializeAsync();
        return _database.ConnectionString;
    }

    protected override Task CleanUpAsync() => _database.DisposeAsync();
}
