namespace K8sShop.Discounts.Evaluation;

public sealed record LineDiscount(Guid ProductId, long DiscountMinor);
