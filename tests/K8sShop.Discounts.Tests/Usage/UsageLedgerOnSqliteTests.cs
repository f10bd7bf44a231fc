using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Data;
using K8sShop.Discounts.Evaluation;
using K8sShop.Discounts.Usage;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace K8sShop.Discounts.Tests.Usage;

/// <summary>The embedded mode keeps discounts in SQLite: the limits must hold there too.</summary>
public sealed class UsageLedgerOnSqliteTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("k8sshop-discounts-");
    private IHost? _host;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:discounts"] = $"Data Source={Path.Combine(_folder.FullName, "discounts.db")};Pooling=false",
            ["Bus:Transport"] = "InMemory",
        });
        builder.AddServiceDatabase<DiscountsDbContext>("discounts");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DiscountEvaluator>();
        builder.Services.AddScoped<UsageLedger>();
        _host = builder.Build();
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DiscountsDbContext>().Database.MigrateAsync();
    }

    [Fact]
    public async Task Thirty_concurrent_orders_for_a_code_limited_to_five_get_exactly_five_and_paying_redeems_them()
    {
        var discount = new Discount
        {
            Id = Guid.CreateVersion7(), Code = "FIVE", Name = "five", Kind = DiscountKind.Percentage, PercentOff = 10, UsageLimit = 5, Stackable = true,
        };
        await WithDbAsync(async db =>
        {
            db.Discounts.Add(discount);
            await db.SaveChangesAsync();
        });

        var orders = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        var answers = await Task.WhenAll(orders.Select(order => Task.Run(async () =>
        {
            await using var scope = _host!.Services.CreateAsyncScope();
            var request = new EvaluationRequest(null, "EUR", [new EvaluationLine(Guid.NewGuid(), null, 1, 1000)], ["FIVE"]);
            return (Order: order, Result: await scope.ServiceProvider.GetRequiredService<UsageLedger>().ReserveAsync(order, request, CancellationToken.None));
        })));

        var winners = answers.Where(a => a.Result.Applied.Count == 1).Select(a => a.Order).ToList();
        Assert.Equal(5, winners.Count);
        Assert.Equal((0, 5), await CountersAsync(discount.Id));

        await WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await db.RedeemAsync(winners[0], DateTime.UtcNow, CancellationToken.None));
            Assert.Equal(0, await db.RedeemAsync(winners[0], DateTime.UtcNow, CancellationToken.None));
            Assert.Equal(1, await db.ReleaseAsync(winners[1], returnRedeemed: false, DateTime.UtcNow, CancellationToken.None));
            Assert.Equal(1, await db.ReleaseAsync(winners[0], returnRedeemed: true, DateTime.UtcNow, CancellationToken.None));
            await transaction.CommitAsync();
        });
        Assert.Equal((0, 3), await CountersAsync(discount.Id));
    }

    private async Task<(int Used, int Reserved)> CountersAsync(Guid id)
    {
        (int, int) counters = default;
        await WithDbAsync(async db => counters = await db.Discounts.AsNoTracking().Where(d => d.Id == id).Select(d => new ValueTuple<int, int>(d.Used, d.Reserved)).SingleAsync());
        return counters;
    }

    private async Task WithDbAsync(Func<DiscountsDbContext, Task> work)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<DiscountsDbContext>());
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
