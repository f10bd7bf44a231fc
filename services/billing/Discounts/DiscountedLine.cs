namespace K8sShop.Billing.Discounts;

/// <summary>The discount on one whole line (not per unit), net minor units.</summary>
public sealed record DiscountedLine(Guid ProductId, long DiscountMinor);
