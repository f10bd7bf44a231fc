namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The EF Core adapter on a SQLite file of its own, as in the embedded mode.</summary>
public sealed class SqliteStoreHost : StoreHost
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-notifications-").FullName;

    protected override Task<string> ConnectionStringAsync() =>
        Task.FromResult($"Data Source={Path.Combine(_folder, "notifications.db")};Pooling=false");

    protected override Task CleanUpAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
