namespace K8sShop.Billing.Discounts;

/// <summary>One line as the discounts service wants it: net unit price in minor units; the product's category and every category it is in (its own, then the one above).</summary>
public sealed record DiscountRequestLine(Guid ProductId, Guid? CategoryId, int Quantity, long UnitPriceMinor, IReadOnlyList<Guid>? CategoryIds = null);
