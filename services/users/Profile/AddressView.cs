namespace K8sShop.Users.Profile;

/// <summary>One address as the API shows it.</summary>
public sealed record AddressView(Guid Id, AddressKind Kind, string Name, string Line1, string? Line2, string City, string PostalCode, string Country, bool IsDefault)
{
    public static AddressView Of(Address a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Kind, a.Name, a.Line1, a.Line2, a.City, a.PostalCode, a.Country, a.IsDefault);
    }
}
