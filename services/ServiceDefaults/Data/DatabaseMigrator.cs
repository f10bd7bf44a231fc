using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace K8sShop.ServiceDefaults.Data;

/// <summary>
/// Brings a service's schema up to date before the service takes traffic (outside Production), or
/// migrates and stops the process (the Kubernetes migration Job). Runs in <c>StartingAsync</c>, before
/// any hosted service's <c>StartAsync</c>: the host does not serve on an old schema, and services that
/// read the database as they start (the data-protection key ring in users) find their tables.
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    DatabaseOwner<TContext> owner,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedLifecycleService
    where TContext : ServiceDbContext
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var migrate = settings.MigrateAndExit || (settings.MigrateOnStartup ?? !environment.IsProduction());
        if (!migrate)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await PrepareSqliteAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, owner.Service.Name, pending.Count);

        if (settings.MigrateAndExit)
        {
            lifetime.StopApplication();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task PrepareSqliteAsync(TContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var file = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Write-ahead logging lets readers proceed while the outbox dispatcher writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Service} is up to date ({Applied} migrations applied)")]
    private static partial void LogMigrated(ILogger logger, string service, int applied);
}
