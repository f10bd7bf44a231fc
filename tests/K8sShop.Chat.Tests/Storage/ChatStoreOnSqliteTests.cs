namespace K8sShop.Chat.Tests.Storage;

/// <summary>The storage contract on EF Core with SQLite files, the embedded mode's store.</summary>
public sealed class ChatStoreOnSqliteTests : ChatStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-chat-").FullName;

    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")};Default Timeout=60");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
