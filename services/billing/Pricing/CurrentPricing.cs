using Microsoft.Extensions.Options;

namespace K8sShop.Billing.Pricing;

/// <summary>A calculator over the rates in force now (the <c>tax_rates</c> table) and the configured shipping policy.</summary>
public sealed class CurrentPricing(TaxRateReader reader, IOptions<ShippingPolicy> shipping)
{
    public async Task<(PriceCalculator Calculator, TaxRateTable Rates)> LoadAsync(CancellationToken cancellationToken)
    {
        var rates = await reader.ReadAsync(cancellationToken);
        return (new PriceCalculator(rates, shipping.Value), rates);
    }
}
