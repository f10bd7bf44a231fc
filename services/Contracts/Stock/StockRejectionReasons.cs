namespace K8sShop.Contracts.Stock;

/// <summary>Why an order line was rejected: stable codes clients may branch on.</summary>
public static class StockRejectionReasons
{
    /// <summary>No product has this id.</summary>
    public const string UnknownProduct = "unknown-product";

    /// <summary>The product exists but is not on sale.</summary>
    public const string Inactive = "inactive";

    /// <summary>The quantity is below 1 or above the per-line maximum.</summary>
    public const string QuantityOutOfRange = "quantity-out-of-range";

    /// <summary>The same product appears on more than one line.</summary>
    public const string DuplicateLine = "duplicate-line";

    /// <summary>Fewer units are available than the line asks for.</summary>
    public const string InsufficientStock = "insufficient-stock";

    /// <summary>The order has no lines, or more lines than allowed.</summary>
    public const string InvalidOrder = "invalid-order";
}
