namespace K8sShop.Inventory.Catalog;

/// <summary>
/// One attribute of a product, lower-cased, kept beside the product's JSON so that filtering by
/// attribute is a plain indexed join on MySQL and SQLite alike (no engine-specific JSON functions).
/// </summary>
public sealed class ProductAttributeValue
{
    public Guid ProductId { get; set; }

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
