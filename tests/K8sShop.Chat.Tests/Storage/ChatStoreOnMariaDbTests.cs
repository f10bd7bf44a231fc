using K8sShop.Testing;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>The storage contract on EF Core with a real MariaDB, a database of its own per test.</summary>
public sealed class ChatStoreOnMariaDbTests : ChatStoreContract
{
    private readonly List<TestDatabase> _databases = [];

    protected override async Task<string> NewDatabaseAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        _databases.Add(database);
        return database.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}
