using K8sShop.Contracts.Ordering;

namespace K8sShop.Orders.Customers;

/// <summary>The answer to one saved-address lookup; <see cref="Address"/> is set when it was found.</summary>
public sealed record SavedAddress(SavedAddressStatus Status, PostalAddress? Address = null)
{
    public static SavedAddress NotFound { get; } = new(SavedAddressStatus.NotFound);

    public static SavedAddress Unavailable { get; } = new(SavedAddressStatus.Unavailable);
}
