namespace K8sShop.Billing.Quotes;

/// <summary>A cart line: which product, how many. Prices come from inventory, never from the browser.</summary>
public sealed record QuoteRequestLine(Guid ProductId, int Quantity);
