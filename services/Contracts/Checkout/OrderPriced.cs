namespace K8sShop.Contracts.Checkout;

/// <summary>Billing priced the order (VAT per line, half-even); the total is what payments charges.</summary>
public sealed record OrderPriced(
    Guid OrderId,
    long SubtotalMinor,
    long DiscountMinor,
    long ShippingMinor,
    long TaxMinor,
    long TotalMinor,
    string Currency,
    IReadOnlyList<string> AppliedDiscountCodes,
    DateTimeOffset PricedAt) : IIntegrationMessage;
