namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/accounts</c>.</summary>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);
