using K8sShop.Contracts.Ordering;

namespace K8sShop.Orders.Ordering;

/// <summary>A shipping or billing address copied into the order when it is placed (later profile edits do not change it).</summary>
public sealed class OrderAddress
{
    public const int MaxNameLength = 100;
    public const int MaxLineLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxPostalCodeLength = 20;

    public string Name { get; set; } = "";

    public string Line1 { get; set; } = "";

    public string? Line2 { get; set; }

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Country { get; set; } = "";

    public PostalAddress ToMessage() => new(Name, Line1, Line2, PostalCode, City, Country);

    public static OrderAddress From(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new OrderAddress
        {
            Name = address.Name.Trim(),
            Line1 = address.Line1.Trim(),
            Line2 = string.IsNullOrWhiteSpace(address.Line2) ? null : address.Line2.Trim(),
            PostalCode = address.PostalCode.Trim(),
            City = address.City.Trim(),
            Country = address.Country.ToUpperInvariant(),
        };
    }
}
