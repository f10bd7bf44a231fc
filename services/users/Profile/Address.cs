namespace K8sShop.Users.Profile;

/// <summary>A shipping or billing address of one account; at most one default per kind.</summary>
public sealed class Address
{
    public const int MaxNameLength = 100;
    public const int MaxLineLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxPostalCodeLength = 20;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public AddressKind Kind { get; set; }

    public string Name { get; set; } = "";

    public string Line1 { get; set; } = "";

    public string? Line2 { get; set; }

    public string City { get; set; } = "";

    public string PostalCode { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "";

    public bool IsDefault { get; set; }
}
