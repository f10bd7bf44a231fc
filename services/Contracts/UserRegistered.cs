namespace K8sShop.Contracts;

/// <summary>An account was created (always as a customer).</summary>
public sealed record UserRegistered(Guid UserId, string Email, string DisplayName, DateTimeOffset RegisteredAt) : IIntegrationMessage;
