namespace K8sShop.Inventory.Stock;

/// <summary>A conditional update found the row changed by a concurrent operation; the operation is run again.</summary>
public sealed class StockChangedMeanwhileException : Exception
{
    public StockChangedMeanwhileException()
        : base("The stock changed while the operation ran.")
    {
    }

    public StockChangedMeanwhileException(string message)
        : base(message)
    {
    }

    public StockChangedMeanwhileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
