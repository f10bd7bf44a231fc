namespace K8sShop.Discounts.Evaluation;

/// <summary>A discount that applies, with what it takes off in total (0 for free shipping).</summary>
public sealed record AppliedDiscount(Guid DiscountId, string? Code, string Name, long AmountMinor);
