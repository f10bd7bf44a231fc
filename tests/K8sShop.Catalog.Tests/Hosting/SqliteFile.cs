namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>A SQLite database file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class SqliteFile : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("k8sshop-catalog-");

    public string ConnectionString => $"Data Source={Path.Combine(_folder.FullName, "inventory.db")};Pooling=false";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
