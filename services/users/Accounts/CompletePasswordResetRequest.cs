namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/password-reset/complete</c>: the emailed token and the new password.</summary>
public sealed record CompletePasswordResetRequest(string? Email, string? Token, string? NewPassword);
