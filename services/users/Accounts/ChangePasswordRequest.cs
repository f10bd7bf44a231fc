namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/me/password</c>.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
