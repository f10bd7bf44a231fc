namespace K8sShop.Billing.Pricing;

/// <summary>A row of the <c>tax_rates</c> table: the rate in force for one country and tax class.</summary>
public sealed class StoredTaxRate
{
    public required string Country { get; set; }

    public required string TaxClass { get; set; }

    public int BasisPoints { get; set; }
}
