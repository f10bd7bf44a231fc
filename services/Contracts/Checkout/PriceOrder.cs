using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;

namespace K8sShop.Contracts.Checkout;

/// <summary>
/// Command from orders to billing once stock is reserved: price these lines (the reservation's price snapshot)
/// for this shipping country with these discount codes. Billing reserves the discounts' usage and answers
/// <see cref="OrderPriced"/> or <see cref="OrderPricingFailed"/>.
/// </summary>
public sealed record PriceOrder(
    Guid OrderId,
    Guid? CustomerId,
    IReadOnlyList<ReservedLine> Lines,
    PostalAddress ShippingAddress,
    PostalAddress BillingAddress,
    IReadOnlyList<string> DiscountCodes) : IIntegrationMessage;
