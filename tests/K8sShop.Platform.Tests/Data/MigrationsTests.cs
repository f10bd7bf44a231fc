using K8sShop.ServiceDefaults.Data;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace K8sShop.Platform.Tests.Data;

/// <summary>
/// Every service's migrations apply on both engines and match its model, so a model change without
/// a migration (on either engine) fails here rather than at start-up.
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(ServiceDatabases.Services), MemberType = typeof(ServiceDatabases))]
    public async Task Migrations_apply_on_MariaDB_and_match_the_model(string service)
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            await MigrateAndCheckAsync(service, database.ConnectionString, MigrationFolders.MySql);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(ServiceDatabases.Services), MemberType = typeof(ServiceDatabases))]
    public async Task Migrations_apply_on_SQLite_and_match_the_model(string service)
    {
        var folder = Directory.CreateTempSubdirectory("k8sshop-migrations-");
        try
        {
            await MigrateAndCheckAsync(service, $"Data Source={Path.Combine(folder.FullName, service + ".db")};Pooling=false", MigrationFolders.Sqlite);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task MigrateAndCheckAsync(string service, string connectionString, string folder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{service}"] = connectionString });
        var contextType = ServiceDatabases.Contexts[service];
        typeof(ServiceDatabaseRegistration).GetMethod(nameof(ServiceDatabaseRegistration.AddServiceDatabase))!
            .MakeGenericMethod(contextType).Invoke(null, [builder, service]);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);

        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"{service}: the {folder} migrations do not match the model; run scripts/add-migration.sh {service} <Name>");
        Assert.Equal(0, await ((ServiceDbContext)db).OutboxMessages.CountAsync());
        Assert.Equal(0, await ((ServiceDbContext)db).ProcessedMessages.CountAsync());
    }
}
