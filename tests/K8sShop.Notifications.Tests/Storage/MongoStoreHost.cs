using MongoDB.Driver;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// The MongoDB adapter on a database of its own in the server <c>MONGODB_URI</c> names. No MongoDB
/// server can be installed on the CI machines, so without the variable nothing starts and the contract
/// tests are reported as skipped.
/// </summary>
public sealed class MongoStoreHost : StoreHost
{
    public const string Variable = "MONGODB_URI";

    private readonly string _database = $"k8sshop_test_{Guid.NewGuid():N}";

    public override bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    protected override Task<string> ConnectionStringAsync()
    {
        var url = new MongoUrlBuilder(Environment.GetEnvironmentVariable(Variable)) { DatabaseName = _database };
        return Task.FromResult(url.ToString());
    }

    protected override async Task CleanUpAsync()
    {
        if (Available)
        {
            using var client = new MongoClient(Environment.GetEnvironmentVariable(Variable));
            await client.DropDatabaseAsync(_database);
        }
    }
}
