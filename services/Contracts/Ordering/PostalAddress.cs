namespace K8sShop.Contracts.Ordering;

/// <summary>A postal address copied into messages, so invoices and shipping never read the users service's tables.</summary>
public sealed record PostalAddress(string Name, string Line1, string? Line2, string PostalCode, string City, string Country);
