namespace K8sShop.Users.Profile;

/// <summary>Body of <c>POST</c> and <c>PUT /api/users/me/addresses</c>.</summary>
public sealed record AddressInput(AddressKind? Kind, string? Name, string? Line1, string? Line2, string? City, string? PostalCode, string? Country, bool IsDefault);
