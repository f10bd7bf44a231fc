using MongoDB.Driver;
using Xunit;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>
/// The storage contract on a real MongoDB server: <see cref="MongoDbServer"/>'s (<c>MONGODB_URI</c>, else a
/// container where a Docker engine exists). No MongoDB server can be installed on the project's machines, so
/// there every test reports as skipped with the reason, rather than passing unseen.
/// </summary>
public sealed class ChatStoreOnMongoDbTests : ChatStoreContract
{
    private readonly List<(IMongoClient Client, string Database)> _databases = [];

    protected override async Task<string> NewDatabaseAsync()
    {
        Skip.IfNot(MongoDbServer.Available, MongoDbServer.SkipReason);
        var database = $"k8sshop_test_{Guid.NewGuid():N}"[..40];
        var connectionString = await MongoDbServer.DatabaseAsync(database);
        _databases.Add((new MongoClient(connectionString), database));
        return connectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var (client, database) in _databases)
        {
            await client.DropDatabaseAsync(database);
            client.Dispose();
        }
    }
}
