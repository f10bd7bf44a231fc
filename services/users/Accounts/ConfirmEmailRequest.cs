namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/accounts/confirm-email</c>: the values from the emailed link.</summary>
public sealed record ConfirmEmailRequest(Guid UserId, string? Token);
