namespace K8sShop.Users.Profile;

/// <summary>Body of <c>PUT /api/users/me</c>.</summary>
public sealed record ProfileUpdate(string? DisplayName, string? Phone);
