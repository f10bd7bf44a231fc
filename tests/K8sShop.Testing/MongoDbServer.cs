using MongoDB.Driver;
using Testcontainers.MongoDb;

namespace K8sShop.Testing;

/// <summary>
/// The MongoDB server the storage contract suites run against: the one <c>MONGODB_URI</c> names, else one
/// container for the whole test run where a Docker engine exists (Testcontainers), else none, and the
/// suites report their MongoDB tests as skipped with <see cref="SkipReason"/>. No MongoDB server can be
/// installed on the project's own machines.
/// </summary>
public static class MongoDbServer
{
    public const string Variable = "MONGODB_URI";

    public const string SkipReason = "no MongoDB server reachable: set MONGODB_URI or provide a Docker engine";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MongoDbContainer? _container;

    public static bool Available => Configured is not null || TestServers.DockerExists();

    private static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } uri ? uri : null;

    /// <summary>A connection string to <paramref name="database"/> (created on first write) on the server.</summary>
    public static async Task<string> DatabaseAsync(string database)
    {
        var url = new MongoUrlBuilder(await ServerAsync()) { DatabaseName = database };
        if (url.Username is not null && url.AuthenticationSource is null)
        {
            url.AuthenticationSource = "admin"; // the container's root user; naming a database would otherwise authenticate there
        }

        return url.ToString();
    }

    private static async Task<string> ServerAsync()
    {
        if (Configured is { } configured)
        {
            return configured;
        }

        await Gate.WaitAsync();
        try
        {
            if (_container is null)
            {
                var container = new MongoDbBuilder("mongo:8.0").Build();
                await container.StartAsync();
                _container = container; // Testcontainers' reaper removes it when the test run ends
            }

            return _container.GetConnectionString();
        }
        finally
        {
            Gate.Release();
        }
    }
}
