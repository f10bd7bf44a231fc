namespace K8sShop.Discounts.Evaluation;

/// <summary>One order line; <paramref name="CategoryId"/> is what the caller knows, null puts the line out of category scopes.</summary>
public sealed record EvaluationLine(Guid ProductId, Guid? CategoryId, int Quantity, long UnitPriceMinor);
