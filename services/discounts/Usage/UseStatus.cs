namespace K8sShop.Discounts.Usage;

/// <summary>Where one order's use of one limited discount stands.</summary>
public enum UseStatus
{
    /// <summary>Held when the order was priced; counts against the limits.</summary>
    Reserved = 1,

    /// <summary>The order was paid; counts for good.</summary>
    Redeemed = 2,

    /// <summary>The order failed or was cancelled before payment; no longer counts.</summary>
    Released = 3,

    /// <summary>A paid order was cancelled; the use was given back.</summary>
    Returned = 4,
}
