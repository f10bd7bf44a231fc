using K8sShop.Billing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace K8sShop.Billing.Pricing;

/// <summary>Builds the rate table pricing uses from the <c>tax_rates</c> table and the export list.</summary>
public sealed class TaxRateReader(BillingDbContext db, IOptions<TaxRateOptions> options)
{
    public async Task<TaxRateTable> ReadAsync(CancellationToken cancellationToken)
    {
        var rates = await db.TaxRates.AsNoTracking().Select(r => new TaxRate(r.Country, r.TaxClass, r.BasisPoints)).ToListAsync(cancellationToken);
        return new TaxRateTable(rates, options.Value.ExportCountries ?? [.. DefaultTaxRates.ExportCountries]);
    }
}
