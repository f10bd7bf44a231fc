namespace K8sShop.Inventory.Admin;

/// <summary>
/// <c>Inventory:AdminWithoutAuthentication</c>: until the identity service issues admin tokens, the admin
/// endpoints exist only when this development switch is on. Off by default; refused in Production.
/// </summary>
public static class AdminOptions
{
    public const string Switch = "Inventory:AdminWithoutAuthentication";

    /// <summary>The actor the ledger records while there is no authenticated user.</summary>
    public const string DevelopmentActor = "development-admin";
}
