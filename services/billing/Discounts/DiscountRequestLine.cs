namespace K8sShop.Billing.Discounts;

/// <summary>One line as the discounts service wants it: net unit price in minor units.</summary>
public sealed record DiscountRequestLine(Guid ProductId, Guid? CategoryId, int Quantity, long UnitPriceMinor);
