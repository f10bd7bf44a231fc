namespace K8sShop.Contracts.Checkout;

/// <summary>
/// Command from orders to payments: authorize and capture <paramref name="AmountMinor"/> with the shopper's
/// payment token (never a card number). After <paramref name="Deadline"/> (the stock reservation's expiry)
/// payments refuses to charge and answers <see cref="Ordering.PaymentFailed"/>.
/// </summary>
public sealed record ChargePayment(
    Guid OrderId,
    Guid? CustomerId,
    long AmountMinor,
    string Currency,
    string PaymentToken,
    DateTimeOffset Deadline) : IIntegrationMessage;
