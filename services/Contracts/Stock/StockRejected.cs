namespace K8sShop.Contracts.Stock;

/// <summary>The order cannot be served; nothing of it is reserved. Lists each offending line with its reason.</summary>
public sealed record StockRejected(Guid OrderId, IReadOnlyList<RejectedLine> Lines) : IIntegrationMessage;
