namespace K8sShop.ServiceDefaults.Auth;

/// <summary>Claim names as they travel in our JWT access tokens (inbound mapping is off).</summary>
public static class ShopClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";
    public const string Email = "email";
    public const string ClientId = "client_id";
}
