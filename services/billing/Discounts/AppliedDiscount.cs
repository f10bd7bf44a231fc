namespace K8sShop.Billing.Discounts;

/// <summary>A discount the discounts service applied: a code the shopper gave, or an automatic promotion (no code).</summary>
public sealed record AppliedDiscount(Guid DiscountId, string? Code, string Name, long AmountMinor);
