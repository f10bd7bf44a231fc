namespace K8sShop.Inventory.Stock;

/// <summary>What receiving goods or correcting a count did.</summary>
public sealed record StockChangeResult(StockOutcome Outcome, StockLevelView? Level, string? Detail);
