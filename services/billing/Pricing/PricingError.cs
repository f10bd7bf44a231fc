namespace K8sShop.Billing.Pricing;

/// <summary>Why an order cannot be priced; <see cref="Field"/> names the offending input for a field error.</summary>
public sealed record PricingError(string Code, string Field, string Message);
