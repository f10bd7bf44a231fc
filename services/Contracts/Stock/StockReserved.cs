namespace K8sShop.Contracts.Stock;

/// <summary>
/// Every line of the order is valid and its stock is held until <paramref name="ExpiresAt"/>; unpaid
/// by then, stockcheck releases it and publishes <see cref="ReservationExpired"/>.
/// </summary>
public sealed record StockReserved(Guid OrderId, IReadOnlyList<ReservedLine> Lines, DateTimeOffset ExpiresAt) : IIntegrationMessage;
