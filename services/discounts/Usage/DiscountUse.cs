namespace K8sShop.Discounts.Usage;

/// <summary>One order's use of one limited discount. The key (order, discount) means an order holds a discount once.</summary>
public sealed class DiscountUse
{
    public Guid OrderId { get; set; }

    public Guid DiscountId { get; set; }

    /// <summary>Set when the discount has a per-customer limit; its customer counter moves with this use.</summary>
    public Guid? CustomerId { get; set; }

    public UseStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
