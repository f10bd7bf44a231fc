namespace K8sShop.Billing.Quotes;

/// <summary>The body of <c>POST /api/billing/quote</c>: the cart, where it goes, and the codes the shopper typed.</summary>
public sealed record QuoteRequest(IReadOnlyList<QuoteRequestLine>? Lines, string? ShippingCountry, IReadOnlyList<string>? DiscountCodes);
