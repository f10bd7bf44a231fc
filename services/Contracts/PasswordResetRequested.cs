namespace K8sShop.Contracts;

/// <summary>The notifications service should email the reset link to the account's owner.</summary>
public sealed record PasswordResetRequested(Guid UserId, string Email, Uri ResetLink) : IIntegrationMessage;
