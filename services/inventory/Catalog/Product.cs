namespace K8sShop.Inventory.Catalog;

/// <summary>A product of the catalog. Its stock lives in <see cref="Stock.StockLevel"/>.</summary>
public sealed class Product
{
    public Guid Id { get; set; }

    public string Sku { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Unit price in minor units (cents) of <see cref="Currency"/>.</summary>
    public long PriceMinor { get; set; }

    public string Currency { get; set; } = "EUR";

    /// <summary>Selects the tax rate billing applies (for example standard, reduced, zero).</summary>
    public string TaxClass { get; set; } = "standard";

    public Guid CategoryId { get; set; }

    /// <summary>Attributes as a JSON object of strings (size, colour, brand...); <see cref="ProductAttributeValue"/> rows index them for filtering.</summary>
    public string AttributesJson { get; set; } = "{}";

    public string ImageUrl { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
