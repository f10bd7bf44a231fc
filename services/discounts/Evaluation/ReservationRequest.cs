namespace K8sShop.Discounts.Evaluation;

/// <summary>The body of <c>POST /api/discounts/reservations</c>: an evaluation whose limited discounts are held for the order.</summary>
public sealed record ReservationRequest(Guid OrderId, Guid? CustomerId, string? Currency, IReadOnlyList<EvaluationLine>? Lines, IReadOnlyList<string>? Codes)
{
    public EvaluationRequest Evaluation => new(CustomerId, Currency, Lines, Codes);
}
