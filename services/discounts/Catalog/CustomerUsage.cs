namespace K8sShop.Discounts.Catalog;

/// <summary>One customer's uses of one discount with a per-customer limit; changed only by conditional UPDATEs.</summary>
public sealed class CustomerUsage
{
    public Guid DiscountId { get; set; }

    public Guid CustomerId { get; set; }

    public int Used { get; set; }

    public int Reserved { get; set; }
}
