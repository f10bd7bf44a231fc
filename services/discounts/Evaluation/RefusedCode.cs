namespace K8sShop.Discounts.Evaluation;

/// <summary>A code the shopper entered that gives nothing, and why (one of <see cref="RefusalReasons"/>).</summary>
public sealed record RefusedCode(string Code, string Reason);
