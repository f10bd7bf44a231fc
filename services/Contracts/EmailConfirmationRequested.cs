namespace K8sShop.Contracts;

/// <summary>
/// The notifications service should email <see cref="ConfirmationLink"/> to <see cref="Email"/>. The
/// link carries a single-purpose token; it is the only copy the users service hands out.
/// </summary>
public sealed record EmailConfirmationRequested(Guid UserId, string Email, Uri ConfirmationLink) : IIntegrationMessage;
