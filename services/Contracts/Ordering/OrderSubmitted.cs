namespace K8sShop.Contracts.Ordering;

/// <summary>
/// A shopper submitted an order: the first step of the checkout saga. Stockcheck validates the lines,
/// reserves stock and answers <see cref="Stock.StockReserved"/> or <see cref="Stock.StockRejected"/>.
/// </summary>
public sealed record OrderSubmitted(Guid OrderId, Guid? CustomerId, IReadOnlyList<OrderLine> Lines, DateTimeOffset SubmittedAt) : IIntegrationMessage;
