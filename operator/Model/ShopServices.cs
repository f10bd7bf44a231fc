using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>The nine services, each with its own settings; a property per service so the schema validates names.</summary>
public sealed class ShopServices
{
    [Description("The users service (identity).")]
    public ShopServiceSettings Users { get; set; } = new();

    [Description("The orders service.")]
    public ShopServiceSettings Orders { get; set; } = new();

    [Description("The inventory service.")]
    public ShopServiceSettings Inventory { get; set; } = new();

    [Description("The stockcheck service.")]
    public ShopServiceSettings Stockcheck { get; set; } = new();

    [Description("The billing service.")]
    public ShopServiceSettings Billing { get; set; } = new();

    [Description("The notifications service.")]
    public ShopServiceSettings Notifications { get; set; } = new();

    [Description("The discounts service.")]
    public ShopServiceSettings Discounts { get; set; } = new();

    [Description("The chat service.")]
    public ShopServiceSettings Chat { get; set; } = new();

    [Description("The payments service.")]
    public ShopServiceSettings Payments { get; set; } = new();

    /// <summary>Settings by service name, in the fixed order of the platform contract.</summary>
    public IReadOnlyList<KeyValuePair<string, ShopServiceSettings>> ByName() =>
    [
        new("users", Users), new("orders", Orders), new("inventory", Inventory),
        new("stockcheck", Stockcheck), new("billing", Billing), new("notifications", Notifications),
        new("discounts", Discounts), new("chat", Chat), new("payments", Payments),
    ];
}
