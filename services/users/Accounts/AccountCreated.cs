namespace K8sShop.Users.Accounts;

/// <summary>Answer to a registration.</summary>
public sealed record AccountCreated(Guid Id, string Email);
