namespace K8sShop.Contracts.Ordering;

/// <summary>The order was cancelled before it shipped; reserved stock goes back on sale.</summary>
public sealed record OrderCancelled(Guid OrderId, string Reason, DateTimeOffset CancelledAt) : IIntegrationMessage;
