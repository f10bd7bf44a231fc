using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace K8sShop.Discounts.Seeding;

/// <summary>
/// Adds the demo codes <c>WELCOME10</c> (10 % off, once per customer) and <c>FREESHIP</c> (free shipping from
/// 50 EUR) at start-up when <c>Discounts:Seed=true</c> (the embedded and distributed modes), never in Production.
/// Runs after the migrator (registered later), and only into an empty table.
/// </summary>
public sealed partial class DiscountSeeder(
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> database, TimeProvider clock, ILogger<DiscountSeeder> logger)
    : IHostedService
{
    public const string Switch = "Discounts:Seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(Switch) || database.Value.MigrateAndExit)
        {
            return;
        }

        if (environment.IsProduction())
        {
            LogRefused(logger);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiscountsDbContext>();
        if (await db.Discounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Discounts.AddRange(
            new Discount
            {
                Id = Guid.CreateVersion7(), Code = "WELCOME10", Name = "Welcome: 10 % off", Kind = DiscountKind.Percentage, PercentOff = 10,
                PerCustomerLimit = 1, Stackable = true, Priority = 10, CreatedAtUtc = now, UpdatedAtUtc = now,
            },
            new Discount
            {
                Id = Guid.CreateVersion7(), Code = "FREESHIP", Name = "Free shipping from 50 EUR", Kind = DiscountKind.FreeShipping,
                Currency = "EUR", MinimumSubtotalMinor = 50_00, Stackable = true, Priority = 0, CreatedAtUtc = now, UpdatedAtUtc = now,
            });
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo discount codes WELCOME10 and FREESHIP")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discounts:Seed is set but ignored in Production")]
    private static partial void LogRefused(ILogger logger);
}
