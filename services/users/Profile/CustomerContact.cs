namespace K8sShop.Users.Profile;

/// <summary>
/// What a support agent may read of a customer they are talking to: who they are and how to reach them
/// by email. Deliberately nothing else (no phone, addresses, roles, lockout or other security data).
/// </summary>
public sealed record CustomerContact(Guid Id, string DisplayName, string Email);
