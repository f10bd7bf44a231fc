namespace K8sShop.Contracts;

/// <summary>
/// The notifications service should email <see cref="ConfirmationLink"/> to <see cref="Email"/>. The
/// link carries a single-purpose token; it is the only copy the users service hands out.
/// </summary>
/// <param name="Locale">The language to write in when the notifications service does not know the user yet (the registration's locale).</param>
/// <param name="DisplayName">The name to greet them by in that case: this event may be handled before <c>UserRegistered</c>.</param>
public sealed record EmailConfirmationRequested(Guid UserId, string Email, Uri ConfirmationLink, string? Locale = null, string? DisplayName = null) : IIntegrationMessage;
