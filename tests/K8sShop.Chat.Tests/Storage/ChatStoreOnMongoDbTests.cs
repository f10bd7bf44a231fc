using MongoDB.Driver;
using Xunit;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>
/// The storage contract on a real MongoDB server named by <c>MONGODB_URI</c>. No MongoDB server can be
/// installed on the project's machines, so without that variable every test reports as skipped with
/// the reason, rather than passing unseen.
/// </summary>
public sealed class ChatStoreOnMongoDbTests : ChatStoreContract
{
    public const string SkipReason = "no MongoDB server reachable: set MONGODB_URI";

    private readonly List<(IMongoClient Client, string Database)> _databases = [];

    protected override Task<string> NewDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("MONGODB_URI");
        Skip.If(string.IsNullOrWhiteSpace(server), SkipReason);
        var url = new MongoUrlBuilder(server) { DatabaseName = $"k8sshop_test_{Guid.NewGuid():N}"[..40] };
        _databases.Add((new MongoClient(url.ToMongoUrl()), url.DatabaseName));
        return Task.FromResult(url.ToString());
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
