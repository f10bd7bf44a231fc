namespace K8sShop.Orders.Checkout;

/// <summary>
/// The body of <c>POST /api/orders</c>. Everything is nullable so that a missing field is a 400, not a binding crash.
/// Each address is given inline or as the id of one of the customer's saved addresses (<c>shippingAddressId</c>,
/// <c>billingAddressId</c>), which orders copies from the users service into the order.
/// </summary>
public sealed record SubmitOrderRequest(
    IReadOnlyList<OrderLineInput>? Lines,
    AddressInput? ShippingAddress,
    AddressInput? BillingAddress,
    IReadOnlyList<string>? DiscountCodes,
    string? PaymentToken,
    Guid? ShippingAddressId = null,
    Guid? BillingAddressId = null);

/// <summary>One requested line: a product and how many.</summary>
public sealed record OrderLineInput(Guid? ProductId, int? Quantity);

/// <summary>A postal address as the shopper types it.</summary>
public sealed record AddressInput(string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country);
