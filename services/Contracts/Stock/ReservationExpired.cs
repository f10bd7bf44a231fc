namespace K8sShop.Contracts.Stock;

/// <summary>The order was not paid in time: its reserved stock went back on sale. Published once per order.</summary>
public sealed record ReservationExpired(Guid OrderId, DateTimeOffset ExpiredAt) : IIntegrationMessage;
