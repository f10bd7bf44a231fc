namespace K8sShop.Contracts;

/// <summary>An account was created (always as a customer).</summary>
/// <param name="Locale">The language the customer registered in (a BCP 47 tag such as <c>fr</c> or <c>en-GB</c>), when known: what they are written to in.</param>
public sealed record UserRegistered(Guid UserId, string Email, string DisplayName, DateTimeOffset RegisteredAt, string? Locale = null) : IIntegrationMessage;
