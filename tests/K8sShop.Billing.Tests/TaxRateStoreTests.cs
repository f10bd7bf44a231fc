using K8sShop.Billing.Data;
using K8sShop.Billing.Pricing;
using K8sShop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>Rates come from configuration into the database, and pricing reads them from there (real MariaDB).</summary>
public sealed class TaxRateStoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Configured_rates_override_the_defaults_in_the_table_pricing_reads()
    {
        using var host = await BillingDatabase.BuildAsync(database.ConnectionString, new FakeTimeProvider());
        var options = Options.Create(new TaxRateOptions
        {
            TaxRates = new() { ["fr"] = new() { [TaxClasses.Reduced] = 600 }, ["PT"] = new() { [TaxClasses.Standard] = 2300 } },
            ExportCountries = ["US"],
        });

        var seeder = new TaxRateSeeder(host.Services.GetRequiredService<IServiceScopeFactory>(), options);
        await seeder.StartAsync(CancellationToken.None);
        await seeder.StartAsync(CancellationToken.None); // a restart changes nothing

        await using var scope = host.Services.CreateAsyncScope();
        var table = await new TaxRateReader(scope.ServiceProvider.GetRequiredService<BillingDbContext>(), options).ReadAsync(CancellationToken.None);
        Assert.Equal(600, table.BasisPointsFor("FR", TaxClasses.Reduced));
        Assert.Equal(2000, table.BasisPointsFor("FR", TaxClasses.Standard));
        Assert.Equal(2300, table.BasisPointsFor("PT", TaxClasses.Standard));
        Assert.Null(table.BasisPointsFor("PT", TaxClasses.Reduced));
        Assert.Equal(0, table.BasisPointsFor("US", TaxClasses.Reduced));
        Assert.False(table.Knows("CH"));
    }

    [Fact]
    public void A_rate_outside_0_to_100_percent_is_a_configuration_error() =>
        Assert.Throws<InvalidOperationException>(() => TaxRateSeeder.Configured(new TaxRateOptions { TaxRates = new() { ["FR"] = new() { ["standard"] = 10_001 } } }).ToList());
}
