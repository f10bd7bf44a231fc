namespace K8sShop.Billing.Quotes;

/// <summary>A discount code that does not apply, with the discounts service's reason and a sentence for the shopper.</summary>
public sealed record QuoteRefusal(string Code, string Reason, string Message);
