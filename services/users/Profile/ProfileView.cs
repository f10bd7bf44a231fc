namespace K8sShop.Users.Profile;

/// <summary>What <c>GET /api/users/me</c> answers.</summary>
public sealed record ProfileView(Guid Id, string Email, bool EmailConfirmed, string DisplayName, string? Phone, IReadOnlyList<string> Roles);
