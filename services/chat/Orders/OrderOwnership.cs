namespace K8sShop.Chat.Orders;

/// <summary>What the orders service says about a customer and an order.</summary>
public enum OrderOwnership
{
    /// <summary>The order is the caller's.</summary>
    Owned,

    /// <summary>No such order among the caller's (another customer's, or none at all: orders does not say which).</summary>
    NotOwned,

    /// <summary>Orders could not be asked; the caller may try again.</summary>
    Unknown,
}
