using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace K8sShop.Inventory.Seeding;

/// <summary>
/// Fills an empty catalog with <see cref="CatalogSeed"/> at start-up when <c>Inventory:Seed=true</c> (set by
/// the embedded and distributed modes). Never in Production unless <c>Inventory:SeedInProduction=true</c> as well.
/// Runs after the migrator (registered later), and only once: a catalog with any category is left alone.
/// </summary>
public sealed partial class CatalogSeeder(
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> database, ILogger<CatalogSeeder> logger)
    : IHostedService
{
    public const string Switch = "Inventory:Seed";
    public const string ProductionSwitch = "Inventory:SeedInProduction";
    public const string Actor = "seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(Switch) || database.Value.MigrateAndExit)
        {
            return;
        }

        if (environment.IsProduction() && !configuration.GetValue<bool>(ProductionSwitch))
        {
            LogRefused(logger, ProductionSwitch);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        if (await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var seed = CatalogSeed.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Categories.AddRange(seed.Categories.Where(c => c.ParentId is null));
        await db.SaveChangesAsync(cancellationToken); // parents first: the tree references itself
        db.Categories.AddRange(seed.Categories.Where(c => c.ParentId is not null));
        db.Products.AddRange(seed.Products);
        db.ProductAttributes.AddRange(seed.Attributes);
        db.StockLevels.AddRange(seed.Levels);
        db.StockLedger.AddRange(seed.Levels.Where(l => l.OnHand > 0).Select(l => new StockLedgerEntry
        {
            ProductId = l.ProductId,
            Kind = LedgerEntryKind.Receipt,
            OnHandDelta = l.OnHand,
            OnHandAfter = l.OnHand,
            Actor = Actor,
            Reason = "demo catalog",
            AtUtc = l.UpdatedAtUtc,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, seed.Categories.Count, seed.Products.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalog: {Categories} categories, {Products} products")]
    private static partial void LogSeeded(ILogger logger, int categories, int products);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inventory:Seed is set but ignored in Production; set {Switch}=true to seed anyway")]
    private static partial void LogRefused(ILogger logger, string @switch);
}
