using K8sShop.Discounts.Catalog;

namespace K8sShop.Discounts.Evaluation;

/// <summary>A discount that might apply, with the calling customer's uses of it so far (used + held).</summary>
public sealed record DiscountCandidate(Discount Discount, int CustomerUses);
