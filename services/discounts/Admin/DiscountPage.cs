namespace K8sShop.Discounts.Admin;

/// <summary>One page of discounts, newest first.</summary>
public sealed record DiscountPage(IReadOnlyList<DiscountView> Items, int Page, int PageSize, int Total);
