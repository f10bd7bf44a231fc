namespace K8sShop.Billing.Discounts;

/// <summary>A code the discounts service refused, with its reason (one of <see cref="RefusalReasons"/>).</summary>
public sealed record RefusedCode(string Code, string Reason);
