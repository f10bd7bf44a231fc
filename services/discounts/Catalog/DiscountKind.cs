namespace K8sShop.Discounts.Catalog;

/// <summary>What a discount gives.</summary>
public enum DiscountKind
{
    /// <summary><c>PercentOff</c> % of each in-scope line.</summary>
    Percentage = 1,

    /// <summary><c>AmountMinor</c> off the in-scope subtotal, never more than it.</summary>
    FixedAmount = 2,

    /// <summary>No shipping charge; billing reads the flag.</summary>
    FreeShipping = 3,

    /// <summary>For every <c>BuyQuantity</c> + <c>GetQuantity</c> in-scope units, the <c>GetQuantity</c> cheapest are free.</summary>
    BuyXGetY = 4,
}
