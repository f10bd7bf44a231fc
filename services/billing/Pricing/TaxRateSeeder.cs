using K8sShop.Billing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace K8sShop.Billing.Pricing;

/// <summary>
/// Writes the configured rates (defaults, then configuration) into <c>tax_rates</c> at start-up:
/// configuration is the source of truth, the table is what pricing and auditors read.
/// </summary>
public sealed class TaxRateSeeder(IServiceScopeFactory scopes, IOptions<TaxRateOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var stored = await db.TaxRates.ToDictionaryAsync(r => (r.Country, r.TaxClass), cancellationToken);
        foreach (var rate in Configured(options.Value))
        {
            if (stored.TryGetValue((rate.Country, rate.TaxClass), out var row))
            {
                row.BasisPoints = rate.BasisPoints;
            }
            else
            {
                db.TaxRates.Add(new StoredTaxRate { Country = rate.Country, TaxClass = rate.TaxClass, BasisPoints = rate.BasisPoints });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IEnumerable<TaxRate> Configured(TaxRateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rates = DefaultTaxRates.Rates.ToDictionary(r => (r.Country, r.TaxClass));
        foreach (var (country, classes) in options.TaxRates)
        {
            foreach (var (taxClass, basisPoints) in classes)
            {
                if (basisPoints is < 0 or > TaxRate.Denominator)
                {
                    throw new InvalidOperationException($"Billing:TaxRates:{country}:{taxClass} must be between 0 and {TaxRate.Denominator} basis points.");
                }

                var key = (country.ToUpperInvariant(), taxClass);
                rates[key] = new TaxRate(key.Item1, taxClass, basisPoints);
            }
        }

        return rates.Values;
    }
}
