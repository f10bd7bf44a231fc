namespace K8sShop.Contracts.Stock;

/// <summary>
/// A product's stock changed. <paramref name="Version"/> grows with every change of that product, so a
/// consumer that sees events out of order keeps the highest.
/// </summary>
public sealed record StockLevelChanged(Guid ProductId, int OnHand, int Reserved, int Available, long Version, DateTimeOffset ChangedAt) : IIntegrationMessage;
