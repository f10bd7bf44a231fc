namespace K8sShop.Inventory.Admin;

/// <summary>A product in the admin's list: active or not, with its stock counts.</summary>
public sealed record AdminProductRow(
    Guid Id, string Sku, string Slug, string Name, long PriceMinor, string Currency, Guid CategoryId, bool Active,
    int OnHand, int Reserved, int Available, DateTime UpdatedAtUtc);
