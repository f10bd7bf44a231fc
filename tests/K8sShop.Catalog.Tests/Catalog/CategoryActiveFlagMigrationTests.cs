using K8sShop.Catalog.Tests.Hosting;
using K8sShop.Inventory.Data;
using K8sShop.ServiceDefaults.Data;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace K8sShop.Catalog.Tests.Catalog;

/// <summary>
/// The migration that gives categories their active flag keeps a running shop's categories on show:
/// the rows already there become active, not hidden (a plain bool column would default to false).
/// </summary>
public sealed class CategoryActiveFlagMigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string BeforeTheFlag = "CatalogAndStock";

    [Fact]
    public async Task Categories_that_existed_before_the_flag_stay_active_on_MariaDB() =>
        await ExistingCategoryStaysActiveAsync(new DbContextOptionsBuilder<InventoryDbContext>()
            .UseMySql(database.ConnectionString, ServerVersion.Parse(new DatabaseOptions().MySqlServerVersion)));

    [Fact]
    public async Task Categories_that_existed_before_the_flag_stay_active_on_SQLite()
    {
        using var file = new SqliteFile();
        await ExistingCategoryStaysActiveAsync(new DbContextOptionsBuilder<InventoryDbContext>().UseSqlite(file.ConnectionString));
    }

    private static async Task ExistingCategoryStaysActiveAsync(DbContextOptionsBuilder<InventoryDbContext> options)
    {
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        await using var db = new InventoryDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_" + BeforeTheFlag, StringComparison.Ordinal));
        await migrator.MigrateAsync(before);

        var id = Guid.NewGuid();
        var now = DateTime.UtcNow;
        // Written as the providers store a Guid (text; upper case on SQLite), since the model cannot write a row without the new column.
        var key = db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id.ToString();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO categories (Id, ParentId, Slug, Name, SortOrder, CreatedAtUtc, UpdatedAtUtc) VALUES ({key}, NULL, {"old-" + id.ToString("N")[..8]}, {"Old"}, {3}, {now}, {now})");
        await migrator.MigrateAsync();

        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.True(category.IsActive);
        Assert.Equal(3, category.SortOrder);
    }
}
