namespace K8sShop.Inventory.Stock;

/// <summary>How a stock operation ended; the HTTP layer turns each into a status code.</summary>
public enum StockOutcome
{
    Done,
    NotFound,
    Conflict,
    Insufficient,
}
