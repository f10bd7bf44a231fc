namespace K8sShop.Chat.Tests.Hosting;

/// <summary>A temporary folder of SQLite chat databases for one test class (xunit class fixture).</summary>
public sealed class SqliteFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("k8sshop-chat-");

    /// <summary>A connection string to a new database file in the folder.</summary>
    public string NewDatabase() => $"Data Source={Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".db")};Default Timeout=60";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
