using MongoDB.Driver;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// The MongoDB adapter on a database of its own on <see cref="MongoDbServer"/>'s server (<c>MONGODB_URI</c>'s,
/// else a container where a Docker engine exists). With neither, nothing starts and the contract tests are
/// reported as skipped.
/// </summary>
public sealed class MongoStoreHost : StoreHost
{
    private readonly string _database = $"k8sshop_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    public override bool Available => MongoDbServer.Available;

    protected override async Task<string> ConnectionStringAsync() => _connectionString = await MongoDbServer.DatabaseAsync(_database);

    protected override async Task CleanUpAsync()
    {
        if (_connectionString is not null)
        {
            using var client = new MongoClient(_connectionString);
            await client.DropDatabaseAsync(_database);
        }
    }
}
