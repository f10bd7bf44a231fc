namespace K8sShop.Chat.Storage;

/// <summary>Creates the MongoDB indexes at start-up, before the service takes traffic.</summary>
public sealed class MongoIndexCreator(MongoChatCollections collections) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => collections.EnsureIndexesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
