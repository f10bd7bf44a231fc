namespace K8sShop.Notifications.Storage.Mongo;

/// <summary>Creates the indexes at start-up (idempotent): MongoDB has no migrations.</summary>
public sealed class MongoIndexCreation(MongoCollections collections) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => collections.CreateIndexesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
