namespace K8sShop.Orders.Ordering;

/// <summary>One line of an order: what the shopper asked for, and once stock is reserved, the price snapshot it is sold at.</summary>
public sealed class OrderLineItem
{
    public const int MaxSkuLength = 64;
    public const int MaxNameLength = 200;

    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public int Position { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    public string? Sku { get; set; }

    public string? Name { get; set; }

    public long? UnitPriceMinor { get; set; }

    public string? Currency { get; set; }

    public string? TaxClass { get; set; }
}
