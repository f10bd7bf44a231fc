namespace K8sShop.Orders.Customers;

/// <summary>What the users service said about a saved address.</summary>
public enum SavedAddressStatus
{
    /// <summary>The customer's own address.</summary>
    Found,

    /// <summary>Unknown, or another customer's: the users service does not tell the two apart.</summary>
    NotFound,

    /// <summary>The users service could not be asked (down, unreachable, or refusing orders' token).</summary>
    Unavailable,
}
