namespace K8sShop.Users.Accounts;

/// <summary>Body of <c>POST /api/users/accounts</c>.</summary>
/// <param name="Locale">The language to write to the customer in (a BCP 47 tag); the request's Accept-Language when left out.</param>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? Locale = null);
