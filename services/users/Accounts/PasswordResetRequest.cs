namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/password-reset</c>.</summary>
public sealed record PasswordResetRequest(string? Email);
