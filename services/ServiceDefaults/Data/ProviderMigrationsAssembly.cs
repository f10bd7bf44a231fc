using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace K8sShop.ServiceDefaults.Data;

/// <summary>
/// One DbContext per service, but one migration set per engine: MySQL and SQLite need different
/// column types and identity strategies. Each service keeps <c>Migrations/MySql</c> and
/// <c>Migrations/Sqlite</c>; this picks the set (and its model snapshot) by namespace, so no
/// service needs a second context type or a second assembly.
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is internal API; its overridable members are stable since EF Core 3.
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _folder = MigrationFolders.For(currentContext.Context.Database.ProviderName);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(m => MigrationFolders.Contains(m.Value, _folder))
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot =>
        _snapshot ??= Assembly.DefinedTypes
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot))
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
                && MigrationFolders.Contains(t, _folder))
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
            .FirstOrDefault();
}
#pragma warning restore EF1001
