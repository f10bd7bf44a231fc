namespace K8sShop.Discounts.Evaluation;

/// <summary>The body of <c>POST /api/discounts/evaluate</c>: an order's lines (net prices) and the codes the shopper entered.</summary>
public sealed record EvaluationRequest(Guid? CustomerId, string? Currency, IReadOnlyList<EvaluationLine>? Lines, IReadOnlyList<string>? Codes);
